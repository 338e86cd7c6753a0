// Where the browser tests find Debian's Chromium (scripts/ensure-chromium.ts installs it when missing).
import { existsSync } from 'node:fs'

export function chromiumCandidates(): string[] {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string =>
    Boolean(p),
  )
}

export function findChromium(): string | undefined {
  return chromiumCandidates().find((path) => existsSync(path))
}
