import { describe, expect, it } from 'vitest'
import { anchorsOf, createRoundSchema, saveCriterionSchema } from './schema'

const anchors = Object.fromEntries(
  [1, 2, 3, 4, 5].flatMap((n) => [
    [`anchor${n}`, `Point ${n}`],
    [`anchor${n}Ur`, `درجہ ${n}`],
  ]),
)
const base = { roundId: '11111111-1111-4111-8111-111111111111', version: '0', label: 'Quality', labelUr: 'معیار' }

describe('evaluation forms', () => {
  it('a round needs a name in both languages, a due day and at least one view; due means the end of that day', () => {
    const ok = createRoundSchema.safeParse({
      cycleId: base.roundId,
      name: 'Mid-term',
      nameUr: 'وسط مدتی',
      dueAt: '2026-12-20',
      directions: ['SELF', 'SUPERVISOR'],
    })
    expect(ok.success).toBe(true)
    expect(ok.data!.dueAt.toISOString()).toBe('2026-12-20T18:59:00.000Z')
    const none = createRoundSchema.safeParse({ cycleId: base.roundId, name: 'x', nameUr: 'y', dueAt: '2026-12-20' })
    expect(none.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['directions', 'errors.required']])
    expect(
      createRoundSchema.safeParse({ cycleId: base.roundId, name: 'x', nameUr: 'y', dueAt: '2026-12-20', directions: 'OTHER' }).success,
    ).toBe(false)
  })

  it('a score needs every anchor in both languages; a question none', () => {
    const scale = saveCriterionSchema.safeParse({ ...base, directions: 'SELF', kind: 'SCALE', ...anchors, anchor3Ur: '' })
    expect(scale.error!.issues.map((i) => i.path.join('.'))).toEqual(['anchor3Ur'])
    const full = saveCriterionSchema.parse({ ...base, directions: ['SELF', 'SUPERVISOR'], kind: 'SCALE', ...anchors })
    expect(anchorsOf(full)[0]).toEqual({ en: 'Point 1', ur: 'درجہ 1' })
    const q = saveCriterionSchema.parse({ ...base, directions: 'DEPARTMENT', kind: 'QUESTION' })
    expect(anchorsOf(q)).toEqual([])
  })
})
