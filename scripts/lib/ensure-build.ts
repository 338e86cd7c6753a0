// Builds the app when there is no build in the dist folder or it was made from other sources
// (build-stamp.ts). Shared by `npm start` and the browser tests' servers (scripts/e2e-build.ts).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { needsBuild, sourceHash, writeBuildStamp } from './build-stamp'

export function ensureBuild(root: string, env: NodeJS.ProcessEnv): void {
  const distDir = env.NEXT_DIST_DIR || '.next'
  // E2E_KEEP_BUILD=1 serves the build that is there, whatever changed since: for a checkout
  // being edited while its browser tests run (the crawl's server would otherwise rebuild under
  // the flows' server, and its pages would post to actions the other build no longer has).
  if (env.E2E_KEEP_BUILD === '1' && existsSync(path.join(root, distDir, 'BUILD_ID'))) return
  if (!needsBuild(root, distDir)) return
  console.log('[start] building the app (first run, or sources changed)…')
  const hash = sourceHash(root)
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
  writeBuildStamp(root, distDir, hash)
}
