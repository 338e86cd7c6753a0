// Pages and server actions name permissions, never roles, and each names one held by exactly
// the roles that may enter its area: a broader one would let a role past the page or action
// check into a domain function that then answers "not found" instead of "forbidden"; a
// narrower one would send someone home from a page their navigation offers.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { AREA_ROLES, ROLES, areaOf } from './roles'
import { PERMISSIONS, can, rolesWith, type Permission } from './permissions'

const ROOT = path.resolve(import.meta.dirname, '../..')

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return filesUnder(p, keep)
    return keep(e.name) ? [p] : []
  })
}

/** The URL a file under app/ serves: route groups and the file name dropped. */
const routeOf = (file: string) =>
  '/' +
  file
    .split(path.sep)
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .join('/')

const sorted = (roles: readonly string[]) => [...roles].sort()
const source = (file: string) => readFileSync(path.join(ROOT, file), 'utf8')
const named = (src: string, pattern: RegExp) => [...src.matchAll(pattern)].map((m) => m[1] as Permission)

const pages = filesUnder('app', (n) => n === 'page.tsx')
const actionFiles = filesUnder('app', (n) => n.endsWith('.ts')).filter((f) => source(f).includes('runAction('))

describe('the permission vocabulary', () => {
  it('gives every permission at least one role, each a real one', () => {
    for (const [name, roles] of Object.entries(PERMISSIONS)) {
      expect(roles.length, name).toBeGreaterThan(0)
      for (const r of roles) expect(ROLES, name).toContain(r)
    }
  })

  it('lets a viewer do what their role holds, and an anonymous visitor nothing', () => {
    expect(can({ role: 'PARTNER' }, 'deliverable:review')).toBe(true)
    expect(can({ role: 'STAFF' }, 'deliverable:review')).toBe(false)
    expect(can({ role: 'STAFF' }, 'user:grant-staff')).toBe(false)
    expect(can({ role: 'ADMIN' }, 'user:grant-staff')).toBe(true)
    expect(can(null, 'comment:write')).toBe(false)
    expect(rolesWith('comment:write:own')).toEqual(['FELLOW'])
  })
})

describe('pages', () => {
  it('never check a literal list of roles', () => {
    expect(pages.filter((f) => /requireRole\(/.test(source(f)))).toEqual([])
  })

  for (const file of pages) {
    const area = areaOf(routeOf(file))
    const perms = named(source(file), /requirePermission\('([^']+)'\)/g)
    if (!area || !perms.length) continue
    it(`${file} names a permission held by exactly the roles of ${area}`, () => {
      for (const p of perms) expect(sorted(rolesWith(p)), p).toEqual(sorted(AREA_ROLES[area]))
    })
  }
})

describe('server actions', () => {
  it('are found on disk', () => {
    expect(actionFiles.length).toBeGreaterThan(15)
  })

  for (const file of actionFiles) {
    const area = areaOf(routeOf(file).replace(/\/_actions$/, ''))
    const src = source(file)
    it(`${file}: every runAction names a permission${area && area !== '/account' ? ` held by exactly the roles of ${area}` : ''}`, () => {
      expect(src, 'a literal list of roles').not.toMatch(/roles:/)
      if (!area || area === '/account') return
      const perms = named(src, /\{ permission: '([^']+)' \}/g)
      expect(perms.length, 'one permission per runAction').toBe(src.split('runAction(').length - 1)
      for (const p of perms) expect(sorted(rolesWith(p)), p).toEqual(sorted(AREA_ROLES[area]))
    })
  }
})
