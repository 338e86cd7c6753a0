import { describe, expect, it } from 'vitest'
import { format } from './define'
import { dictionaries } from './messages'
import { placeholdersOf, plural } from './plural'

describe('plural forms', () => {
  it('chooses the form by the language’s rules, never "1 drafts"', () => {
    const en = dictionaries.en.recruitment.board.drafts
    const ur = dictionaries.ur.recruitment.board.drafts
    expect(format(en, { count: 1 }, 'en')).toBe('1 draft still being written (not shown)')
    expect(format(en, { count: 3 }, 'en')).toBe('3 drafts still being written (not shown)')
    expect(format(ur, { count: 1 }, 'ur')).toContain('1 مسودہ')
    expect(format(ur, { count: 4 }, 'ur')).toContain('4 مسودے')
  })

  it('fills several plurals and plain placeholders in one message, and =N forms', () => {
    const t = dictionaries.en.progress.compliance.remindersSent
    expect(format(t, { periods: 1, fellows: 1 }, 'en')).toBe('Reminders sent: 1 missing update, to 1 fellow.')
    expect(format(t, { periods: 5, fellows: 2 }, 'en')).toBe('Reminders sent: 5 missing updates, to 2 fellows.')
    expect(format('{n, plural, =0 {none} one {# item of {x}} other {# items of {x}}}', { n: 0, x: 'A' })).toBe('none')
    expect(format('{n, plural, =0 {none} one {# item of {x}} other {# items of {x}}}', { n: 1, x: 'A' })).toBe('1 item of A')
    expect(placeholdersOf('{name}: {count, plural, one {# a} other {# b}}')).toEqual(['count', 'name'])
    expect(format('{n, plural, =1000 {a thousand} one {# item} other {# items}}', { n: '1,000' })).toBe('a thousand')
    expect(format(dictionaries.en.pub.projects.count, { count: '1' })).toBe('1 project')
  })

  it('no message writes a plural as "(s)" or "(یں)"', () => {
    type Tree = { [k: string]: string | Tree }
    const all = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : all(v)))
    const texts = [...all(dictionaries.en as unknown as Tree), ...all(dictionaries.ur as unknown as Tree)]
    expect(texts.filter((s) => /\w\(s\)|\((یں|ے|وں)\)/.test(s))).toEqual([])
  })
})

describe('plural() for texts built in code', () => {
  it('chooses one or other by each language’s rules', () => {
    const forms = { one: '# application', other: '# applications' }
    expect([plural('en', 1, forms), plural('en', 0, forms), plural('en', 3, forms)]).toEqual([
      '1 application',
      '0 applications',
      '3 applications',
    ])
    expect(plural('ur', 1, { one: '# درخواست', other: '# درخواستیں' })).toBe('1 درخواست')
    expect(plural('ur', 4, { one: '# درخواست', other: '# درخواستیں' })).toBe('4 درخواستیں')
    // @ts-expect-error a plural without its `one` form
    plural('en', 2, { other: '# applications' })
  })
})
