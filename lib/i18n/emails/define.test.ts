import { describe, expect, it } from 'vitest'
import { defineEmails } from './define'

describe('email catalogues', () => {
  it('write both halves of an email from the same values', () => {
    const emails = defineEmails(
      { hello: (name: string) => ({ subject: 'Hello', body: `Hello ${name}` }) },
      { hello: (name) => ({ subject: 'سلام', body: `${name}، السلام علیکم` }) },
    )
    expect(emails.hello('Ayesha')).toEqual({ subjectEn: 'Hello', subjectUr: 'سلام', en: 'Hello Ayesha', ur: 'Ayesha، السلام علیکم' })
  })

  it('refuse an email missing in Urdu, an Urdu email English lacks, and an Urdu half without a subject', () => {
    const en = { a: (n: number) => ({ subject: `A ${n}`, body: 'a' }), b: () => ({ subject: 'B', body: 'b' }) }
    // @ts-expect-error Urdu lacks `b`
    defineEmails(en, { a: (n) => ({ subject: `اے ${n}`, body: 'اے' }) })
    defineEmails(en, {
      a: (n) => ({ subject: `اے ${n}`, body: 'اے' }),
      b: () => ({ subject: 'بی', body: 'بی' }),
      // @ts-expect-error Urdu has `c`, which English does not
      c: () => ({ subject: 'سی', body: 'سی' }),
    })
    // @ts-expect-error the Urdu `b` has no subject
    defineEmails(en, { a: (n) => ({ subject: `اے ${n}`, body: 'اے' }), b: () => ({ body: 'بی' }) })
    defineEmails(en, {
      // @ts-expect-error the Urdu `a` takes a value English does not give
      a: (n: number, extra: string) => ({ subject: `اے ${n}${extra}`, body: 'اے' }),
      b: () => ({ subject: 'بی', body: 'بی' }),
    })
    expect(true).toBe(true)
  })
})
