// Whether `npm start` must build: the build records a hash of the sources it was built from,
// so a second start on the same checkout serves at once and any source change rebuilds
// (file contents, not modification times: a copy or checkout that keeps old times still counts).
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the production build is made from. Tests and local data are not. */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'prisma',
  'public',
  'types',
  'proxy.ts',
  'next.config.js',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'postcss.config.mjs',
]
const STAMP = 'daftar-source-hash'

function skip(name: string) {
  return name === 'node_modules' || name.startsWith('.') || /\.test\.tsx?$/.test(name) || name === 'generated'
}

function listFiles(root: string, rel: string, out: string[]) {
  const p = path.join(root, rel)
  if (!existsSync(p)) return
  if (!statSync(p).isDirectory()) return void out.push(rel)
  for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (skip(entry.name)) continue
    listFiles(root, path.join(rel, entry.name), out)
  }
}

/** One hash over the names and contents of every build input under `root`. */
export function sourceHash(root: string): string {
  const files: string[] = []
  for (const input of BUILD_INPUTS) listFiles(root, input, files)
  const h = createHash('sha256')
  for (const f of files)
    h.update(f)
      .update('\0')
      .update(readFileSync(path.join(root, f)))
      .update('\0')
  return h.digest('hex')
}

/** True when there is no build in `distDir`, or it was made from other sources. */
export function needsBuild(root: string, distDir: string): boolean {
  const stamp = path.join(root, distDir, STAMP)
  if (!existsSync(path.join(root, distDir, 'BUILD_ID')) || !existsSync(stamp)) return true
  return readFileSync(stamp, 'utf8').trim() !== sourceHash(root)
}

/** Records which sources the build in `distDir` was made from (call after a successful build). */
export function writeBuildStamp(root: string, distDir: string, hash: string): void {
  writeFileSync(path.join(root, distDir, STAMP), hash + '\n')
}
