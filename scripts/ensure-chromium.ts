// `npm test` runs the browser tests in Debian's Chromium. This finds it, or installs it when it
// is missing (apt-get, as root or through sudo), so a fresh machine needs nothing beyond the
// README's two commands. `playwright install` is never used: it downloads from the internet.
import { execFileSync, spawnSync } from 'node:child_process'
import { chromiumCandidates, findChromium } from '../tests/e2e/support/chromium'

function has(command: string) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function install() {
  if (!has('apt-get')) return false
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const prefix = root ? [] : has('sudo') ? ['sudo', '-n'] : null
  if (!prefix) return false
  const run = (args: string[]) => {
    const [cmd, ...rest] = [...prefix, ...args]
    execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  }
  console.log("[test] Chromium is missing: installing Debian's chromium with apt-get")
  try {
    run(['apt-get', 'update', '-qq'])
    run(['apt-get', 'install', '-y', '-qq', 'chromium'])
  } catch {
    return false
  }
  return true
}

{
  let found = findChromium()
  if (!found && install()) found = findChromium()
  if (!found) {
    console.error(
      '[test] No Chromium found (looked at ' +
        chromiumCandidates().join(', ') +
        ') and it could not be installed.\n' +
        "Install Debian's chromium (apt-get install chromium) or point CHROMIUM_PATH at a Chromium binary.",
    )
    process.exit(1)
  }
  console.log(`[test] browser tests use ${found}`)
}
