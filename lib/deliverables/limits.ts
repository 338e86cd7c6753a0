// The upload size limit as shown to people, in whole megabytes, and the limits the submission
// form checks in the browser before sending (the server checks each file again).
import { env } from '../env'
import { requestBodyLimitBytes } from '../server/limits'

export function uploadLimitMb() {
  return Math.round(env().UPLOAD_MAX_BYTES / 1024 / 1024)
}

export function uploadLimits() {
  return { maxBytes: env().UPLOAD_MAX_BYTES, requestMaxBytes: requestBodyLimitBytes(env().UPLOAD_MAX_BYTES) }
}
