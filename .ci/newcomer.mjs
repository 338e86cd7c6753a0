// CI's first step, run in a fresh copy of the commit after the README's `npm install`: what a
// newcomer does next. `npm start` on a new embedded database in a temporary folder and a free
// port; sign in with each demo account the console printed, through the sign-in page's own
// form (posted as a browser without JavaScript posts it); open each role's home; stop. Then a
// second `npm start` on the same folder must neither rebuild nor re-seed, and `npm run dev`
// must serve the home page. Plain Node (no dependencies): it tests the install, not itself.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

const HOMES = { ADMIN: '/staff', STAFF: '/staff', REVIEWER: '/review', FELLOW: '/fellow', PARTNER: '/partner', APPLICANT: '/apply' }
const dataDir = mkdtempSync(path.join(tmpdir(), 'daftar-newcomer-'))
const failures = []

function say(s) {
  console.log(`[newcomer] ${s}`)
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** Starts an npm script in its own process group, keeping everything it prints. */
function startNpm(args, port) {
  const env = { ...process.env, PORT: String(port), PGLITE_DIR: path.join(dataDir, 'pglite'), NODE_ENV: undefined }
  delete env.DATABASE_URL
  delete env.NODE_ENV
  const child = spawn('npm', args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const proc = { child, output: '', exited: null }
  child.stdout.on('data', (d) => (proc.output += d))
  child.stderr.on('data', (d) => (proc.output += d))
  proc.done = new Promise((resolve) => child.on('exit', (code, signal) => resolve((proc.exited = { code, signal }))))
  return proc
}

async function stop(proc) {
  if (proc.exited) return
  try {
    process.kill(-proc.child.pid, 'SIGTERM')
  } catch {
    /* already gone */
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-proc.child.pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }, 15_000)
  await proc.done
  clearTimeout(timer)
}

/** Waits until `url` answers 200, the process dies, or the time is up. */
async function waitForPage(proc, url, timeoutMs) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (proc.exited) throw new Error(`the server exited (${JSON.stringify(proc.exited)}) before serving ${url}`)
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      if (res.status === 200) return res
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

/** A tiny cookie jar: name=value pairs from Set-Cookie headers. */
function jar() {
  const cookies = new Map()
  return {
    take(res) {
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';')
        const i = pair.indexOf('=')
        cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1))
      }
    },
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
  }
}

function attr(tag, name) {
  const m = tag.match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`, 'i'))
  if (!m) return null
  const named = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }
  return (m[1] ?? m[2]).replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi, (_, hex, dec, name) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : named[name.toLowerCase()],
  )
}

/** The sign-in page's password form as a browser without JavaScript would submit it. `pageUrl`
 *  is the page's own address: a form's empty or relative action resolves against it, as in a browser. */
function signInForm(html, pageUrl) {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
    const inputs = [...form.matchAll(/<input\b[^>]*>/gi)].map((m) => m[0])
    if (!inputs.some((t) => attr(t, 'type') === 'password')) continue
    const open = form.match(/<form\b[^>]*>/i)[0]
    const method = (attr(open, 'method') ?? 'get').toLowerCase()
    const action = new URL(attr(open, 'action') ?? '', pageUrl)
    const fields = inputs.filter((t) => attr(t, 'name')).map((t) => [attr(t, 'name'), attr(t, 'value') ?? '', attr(t, 'type') ?? 'text'])
    return { method, action, enctype: attr(open, 'enctype'), fields }
  }
  return null
}

async function signInAndOpenHome(base, account, password) {
  const cookies = jar()
  const get = async (url) => {
    const res = await fetch(url, { headers: { cookie: cookies.header() }, redirect: 'manual' })
    cookies.take(res)
    return res
  }
  const page = await get(`${base}/sign-in`)
  const form = signInForm(await page.text(), `${base}/sign-in`)
  if (!form) throw new Error('the sign-in page has no form with a password field')
  if (form.method !== 'post')
    throw new Error(`the sign-in form is sent with ${form.method.toUpperCase()}: the password would go into the URL`)
  const body = form.enctype === 'multipart/form-data' ? new FormData() : new URLSearchParams()
  for (const [name, value, type] of form.fields) {
    const v = type === 'email' || name === 'email' ? account.email : type === 'password' ? password : value
    body.append(name, v)
  }
  let res = await fetch(form.action, { method: 'POST', body, headers: { cookie: cookies.header(), origin: base }, redirect: 'manual' })
  cookies.take(res)
  // Follow the redirects a browser would (the callback, /after-sign-in, the role's home).
  for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 5; hops++) {
    res = await get(new URL(res.headers.get('location'), base).href)
  }
  const home = HOMES[account.role]
  res = await get(`${base}${home}`)
  const html = await res.text()
  if (res.status !== 200)
    throw new Error(
      `${account.email}: ${home} answered ${res.status}${res.headers.get('location') ? ` -> ${res.headers.get('location')}` : ''}`,
    )
  if (!html.includes(account.name)) throw new Error(`${account.email}: ${home} does not show the signed-in person's name (${account.name})`)
}

async function firstStart() {
  const port = await freePort()
  const base = `http://localhost:${port}`
  say(`npm start on a fresh embedded database (${dataDir}), port ${port}`)
  const t0 = Date.now()
  const proc = startNpm(['start'], port)
  try {
    await waitForPage(proc, `${base}/sign-in`, 10 * 60_000)
    say(`serving after ${((Date.now() - t0) / 1000).toFixed(1)} s (migrate, seed, build)`)
    const password = proc.output.match(/password for all: (\S+?)\)/)?.[1]
    const accounts = [...proc.output.matchAll(/^\s+([A-Z]+)\s+(\S+@\S+)\s+\((.+)\)\s*$/gm)].map((m) => ({
      role: m[1],
      email: m[2],
      name: m[3],
    }))
    if (!password || accounts.length === 0) throw new Error('the console printed no demo sign-ins')
    for (const role of Object.keys(HOMES)) {
      if (!accounts.some((a) => a.role === role)) failures.push(`no demo account printed for ${role}`)
    }
    for (const account of accounts) {
      try {
        await signInAndOpenHome(base, account, password)
        say(`signed in as ${account.email} and opened ${HOMES[account.role]}`)
      } catch (e) {
        failures.push(e.message)
      }
    }
  } finally {
    await stop(proc)
    if (failures.length) console.log(proc.output.slice(-4000))
  }
}

async function secondStart() {
  const port = await freePort()
  const t0 = Date.now()
  const proc = startNpm(['start'], port)
  try {
    await waitForPage(proc, `http://localhost:${port}/sign-in`, 5 * 60_000)
    const seconds = (Date.now() - t0) / 1000
    say(`second npm start on the same folder: serving after ${seconds.toFixed(1)} s`)
    if (proc.output.includes('[start] building')) failures.push('the second npm start rebuilt the app')
    if (proc.output.includes('[seed]')) failures.push('the second npm start seeded the database again')
  } finally {
    await stop(proc)
  }
}

async function devServer() {
  const port = await freePort()
  const t0 = Date.now()
  const proc = startNpm(['run', 'dev', '--', '--port', String(port)], port)
  try {
    const res = await waitForPage(proc, `http://localhost:${port}/`, 5 * 60_000)
    const html = await res.text()
    if (!html.includes('Daftar')) failures.push('npm run dev served a home page without the app name')
    else say(`npm run dev served the home page after ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  } catch (e) {
    failures.push(`npm run dev: ${e.message}`)
    console.log(proc.output.slice(-4000))
  } finally {
    await stop(proc)
  }
}

try {
  await firstStart()
  await secondStart()
  await devServer()
} catch (e) {
  failures.push(e.message)
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
if (failures.length) {
  console.error(`[newcomer] FAILED:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
say('a newcomer gets from npm install to every role signed in')
