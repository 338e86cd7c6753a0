import { describe, expect, it } from 'vitest'
import { shared } from './recruitment/shared'
import { staff } from './recruitment/staff'
import { reviewer } from './recruitment/reviewer'
import { applicant } from './recruitment/applicant'
import { recruitment } from './recruitment'

type Tree = { [k: string]: string | Tree }

function leaves(t: Tree, path = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${path}${k}`, v] as [string, string]] : leaves(v, `${path}${k}.`),
  )
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort()

describe('recruitment messages', () => {
  it('composes its parts without one hiding another', () => {
    const keys = [shared, staff, reviewer, applicant].flatMap((p) => Object.keys(p.en))
    expect(new Set(keys).size).toBe(keys.length)
    expect(leaves(recruitment.en as unknown as Tree).length).toBe(
      [shared, staff, reviewer, applicant].reduce((n, p) => n + leaves(p.en as unknown as Tree).length, 0),
    )
  })

  it('has every text in Urdu script with the same placeholders as the English', () => {
    const ur = new Map(leaves(recruitment.ur as unknown as Tree))
    for (const [key, en] of leaves(recruitment.en as unknown as Tree)) {
      const u = ur.get(key)!
      expect(placeholders(u), key).toEqual(placeholders(en))
      // Proper Urdu, not English left in place: stage codes and scale labels excepted.
      if (/[a-z]{3}/i.test(en.replace(/\{\w+\}/g, '')) && !/^[\d\s–-]+$/.test(en)) expect(u, key).toMatch(/[\u0600-\u06FF]/)
    }
  })
})
