// The drift check (`npm run db:check-drift`, run by CI) must fail when the schema changes
// without a migration: a check that always passes would let a column reach production with no
// migration to create it. Here a copy of the schema gains a column no migration adds. The check
// runs as CI runs it, in its own process (the schema engine's WebAssembly is loaded once per
// process).
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const work = mkdtempSync(path.join(tmpdir(), 'daftar-drift-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function checkDrift(...args: string[]): Promise<{ code: number; out: string }> {
  const env = { ...process.env, DATABASE_URL: '' }
  try {
    const r = await promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-drift.ts', ...args], {
      cwd: root,
      env,
    })
    return { code: 0, out: r.stdout + r.stderr }
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string }
    return { code: err.code ?? -1, out: (err.stdout ?? '') + (err.stderr ?? '') }
  }
}

describe('the schema drift check', () => {
  it('fails on a column added to the schema with no migration, and names the SQL it would need', { timeout: 180_000 }, async () => {
    const schema = path.join(work, 'schema')
    cpSync(path.join(root, 'prisma', 'schema'), schema, { recursive: true })
    const people = path.join(schema, 'people.prisma')
    const text = readFileSync(people, 'utf8')
    const changed = text.replace(/model User \{\n/, 'model User {\n  nickname        String?\n')
    expect(changed).not.toBe(text)
    writeFileSync(people, changed)

    const drift = await checkDrift('--schema', schema)
    expect(drift.code).toBe(1)
    expect(drift.out).toContain('the schema differs from the migrations')
    expect(drift.out).toMatch(/User[\s\S]*nickname/)
  })
})
