// How large one request may be, shared by next.config.js (server actions, and the proxy's copy
// of the body, which is cut at this size) and the forms that upload files. Two and a half times
// the upload limit: a file just over the limit still reaches the action whole, so the person
// is told the limit beside the field; the browser refuses anything bigger before sending it.
// Plain CommonJS so that next.config.js can require it.

/** @param {number} uploadMaxBytes */
function requestBodyLimitBytes(uploadMaxBytes) {
  return Math.ceil(uploadMaxBytes * 2.5)
}

module.exports = { requestBodyLimitBytes }
