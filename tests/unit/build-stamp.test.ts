import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { needsBuild, sourceHash, writeBuildStamp } from '../../scripts/lib/build-stamp'

let root: string
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  writeFileSync(path.join(root, rel), text)
}
const build = () => {
  write('.next/BUILD_ID', 'abc')
  writeBuildStamp(root, '.next', sourceHash(root))
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'daftar-stamp-'))
  write('app/page.tsx', 'export default function Page() { return null }')
  write('lib/cycles/queries.ts', 'export const a = 1')
  write('package.json', '{}')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('npm start builds only when it must', () => {
  it('builds when there is no build yet', () => {
    expect(needsBuild(root, '.next')).toBe(true)
  })

  it('serves the existing build on a second start', () => {
    build()
    expect(needsBuild(root, '.next')).toBe(false)
  })

  it('rebuilds after a source file changes, even if its modification time did not', () => {
    build()
    write('lib/cycles/queries.ts', 'export const a = 2')
    expect(needsBuild(root, '.next')).toBe(true)
  })

  it('rebuilds after a source file is added or removed', () => {
    build()
    write('components/ui/badge.tsx', 'export {}')
    expect(needsBuild(root, '.next')).toBe(true)
    build()
    rmSync(path.join(root, 'components/ui/badge.tsx'))
    expect(needsBuild(root, '.next')).toBe(true)
  })

  it('does not rebuild for a test file or local data', () => {
    build()
    write('lib/cycles/queries.test.ts', 'it()')
    write('.data/pglite/base', 'x')
    expect(needsBuild(root, '.next')).toBe(false)
  })

  it('rebuilds when the build folder holds another build than the stamp says', () => {
    build()
    rmSync(path.join(root, '.next/BUILD_ID'))
    expect(needsBuild(root, '.next')).toBe(true)
  })
})
