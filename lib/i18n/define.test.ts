import { describe, expect, it } from 'vitest'
import { intlTag, locales } from './config'
import { defineMessages, PLURAL_FORMS, type PluralsComplete } from './define'

describe('the catalogue type', () => {
  it('names the plural forms each language’s rules choose from', () => {
    for (const l of locales)
      expect([...new Intl.PluralRules(intlTag(l)).resolvedOptions().pluralCategories].sort()).toEqual([...PLURAL_FORMS[l]].sort())
  })

  it('refuses a plural missing a form, a missing Urdu message and an Urdu message English lacks', () => {
    const en = { drafts: '{n, plural, one {# draft} other {# drafts}} left', plain: 'Hello' }
    expect(defineMessages(en, { drafts: '{n, plural, one {# مسودہ} other {# مسودے}} باقی', plain: 'سلام' }).ur.plain).toBe('سلام')
    // @ts-expect-error the Urdu plural has no `one` form
    defineMessages(en, { drafts: '{n, plural, other {# مسودے}} باقی', plain: 'سلام' })
    // @ts-expect-error the English plural has no `other` form
    defineMessages({ drafts: '{n, plural, one {# draft}}' }, { drafts: '{n, plural, one {# مسودہ} other {# مسودے}}' })
    // @ts-expect-error Urdu lacks `plain`
    defineMessages(en, { drafts: '{n, plural, one {# مسودہ} other {# مسودے}} باقی' })
    // @ts-expect-error Urdu has a key English does not
    defineMessages({ a: 'A' }, { a: 'اے', b: 'بی' })
    const second: PluralsComplete<'{a, plural, one {# x} other {# xs}} and {b, plural, other {# ys}}'> = false
    expect(second).toBe(false)
  })
})
