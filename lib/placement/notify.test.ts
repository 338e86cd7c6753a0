// Emails' Urdu halves write dates the Urdu way (Asia/Karachi), English halves the English way.
import { describe, expect, it } from 'vitest'
import { formatDateTime } from '../i18n/format'
import { placementMail } from './notify'

const opens = new Date('2021-09-10T04:00:00Z') // 09:00 in Karachi
const closes = new Date('2021-09-20T18:59:00Z') // 23:59 in Karachi

describe('placement emails', () => {
  it('give the ranking window in each half’s own date format, with the Urdu cycle name', () => {
    const mail = placementMail.windowOpen({ name: 'Ayesha Khan', cycle: 'Cycle 7 (2021–22)', cycleUr: 'سائیکل 7 (2021–22)', opens, closes })
    expect(mail.en).toContain(formatDateTime(closes, 'en'))
    expect(mail.en).toContain('Sept-2021')
    expect(mail.ur).toContain(formatDateTime(opens, 'ur'))
    expect(mail.ur).toContain(formatDateTime(closes, 'ur'))
    expect(mail.ur).not.toContain(formatDateTime(closes, 'en'))
    expect(mail.ur).toMatch(/ستمبر/)
    expect(mail.subjectUr).toContain('سائیکل 7')
  })

  it('write the reminder’s closing time in Urdu in the Urdu half', () => {
    const mail = placementMail.reminder({ name: 'Ayesha Khan', cycle: 'Cycle 7 (2021–22)', closes })
    expect(mail.ur).toContain(formatDateTime(closes, 'ur'))
    expect(mail.ur).not.toContain('Sept')
    expect(mail.en).toContain(formatDateTime(closes, 'en'))
  })
})
