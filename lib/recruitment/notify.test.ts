import { describe, expect, it } from 'vitest'
import { bothDates } from './notify'

describe('bothDates (interview emails)', () => {
  it('gives the Urdu half an Urdu part of the day, never the Latin AM/PM', () => {
    const evening = bothDates(new Date('2026-12-10T13:30:00Z')) // 6:30 pm in Karachi
    expect(evening.en).toMatch(/6:30\s?PM/i)
    expect(evening.ur).toContain('6:30')
    expect(evening.ur).toContain('شام')
    expect(evening.ur).not.toMatch(/AM|PM/)
    const morning = bothDates(new Date('2026-12-10T04:05:00Z')) // 9:05 am in Karachi
    expect(morning.ur).toContain('صبح')
    expect(morning.ur).toContain('دسمبر')
  })
})

describe('the reviewers’ assignment email', () => {
  const call = { name: 'Cycle 8', programme: { name: 'KP Government Innovation Fellowship', nameUr: 'کے پی گورنمنٹ انوویشن فیلوشپ' } }
  it('says one application in the singular and more in the plural, in both languages', async () => {
    const { recruitmentEmails } = await import('../i18n/emails/recruitment')
    const one = recruitmentEmails.reviewsAssigned(call, 'Sana', 1)
    expect(one.en).toContain('1 application to KP Government Innovation Fellowship (Cycle 8) has been assigned')
    expect(one.ur).toContain('1 درخواست جائزے کے لیے آپ کو دی گئی ہے')
    const three = recruitmentEmails.reviewsAssigned(call, 'Sana', 3)
    expect(three.en).toContain('3 applications to KP Government Innovation Fellowship (Cycle 8) have been assigned')
    expect(three.ur).toContain('3 درخواستیں جائزے کے لیے آپ کو دی گئی ہیں')
    expect(`${one.en}${three.en}${one.ur}${three.ur}`).not.toMatch(/\(s\)|\(یں\)/)
  })
})
