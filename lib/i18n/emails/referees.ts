// Emails about referees' letters: the request (and its reminders) to the referee, carrying the
// single-use link; to the applicant, that a letter arrived or is still awaited. Never the letter.
import { localText } from '../local-text'
import { defineEmails } from './define'
import type { CycleNames } from './recruitment'

type Both = { en: string; ur: string }

const callEn = (c: CycleNames) => `${c.programme.name} (${c.name})`
const callUr = (c: CycleNames) => `${localText('ur', c.programme.name, c.programme.nameUr)} (${c.name})`

export interface LetterRequest {
  referee: string
  applicant: string
  relation: string
  deadline: Both
}

export const refereeEmails = defineEmails(
  {
    request: (c: CycleNames, v: LetterRequest) => ({
      subject: `Letter of recommendation for ${v.applicant}`,
      body: `Dear ${v.referee},\n\n${v.applicant} is applying to ${callEn(c)} and has named you as a referee (${v.relation}). Please write a letter about them, or upload one, by ${v.deadline.en}, through the link below. You need no account; the link works once and is yours alone: please do not forward it.\n\nThe applicant will not see your letter.`,
    }),
    reminder: (c: CycleNames, v: LetterRequest) => ({
      subject: `Reminder: letter of recommendation for ${v.applicant}`,
      body: `Dear ${v.referee},\n\nThis is a reminder that ${v.applicant}’s application to ${callEn(c)} is waiting for your letter. Letters close on ${v.deadline.en}. The link below replaces any earlier one.`,
    }),
    received: (c: CycleNames, v: { applicant: string; referee: string }) => ({
      subject: 'A letter of recommendation has arrived',
      body: `Dear ${v.applicant},\n\nThe letter from your referee ${v.referee} for ${callEn(c)} has arrived. You can follow your referees in your portal.`,
    }),
    awaited: (c: CycleNames, v: { applicant: string; referee: string; deadline: Both }) => ({
      subject: 'A referee has not sent their letter yet',
      body: `Dear ${v.applicant},\n\nYour referee ${v.referee} has not yet sent their letter for ${callEn(c)}; letters close on ${v.deadline.en}. We have reminded them. If they cannot write, you can name someone else in your portal.`,
    }),
  },
  {
    request: (c, v) => ({
      subject: `${v.applicant} کے لیے سفارشی خط`,
      body: `محترم ${v.referee}،\n\n${v.applicant} نے ${callUr(c)} کے لیے درخواست دی ہے اور آپ کو اپنا حوالہ دہندہ بنایا ہے (${v.relation})۔ براہ کرم ${v.deadline.ur} تک نیچے دیے گئے لنک کے ذریعے ان کے بارے میں خط لکھیں یا اپ لوڈ کریں۔ آپ کو کسی اکاؤنٹ کی ضرورت نہیں؛ یہ لنک ایک بار کام کرتا ہے اور صرف آپ کے لیے ہے: براہ کرم اسے آگے نہ بھیجیں۔\n\nدرخواست گزار آپ کا خط نہیں دیکھیں گے۔`,
    }),
    reminder: (c, v) => ({
      subject: `یاد دہانی: ${v.applicant} کے لیے سفارشی خط`,
      body: `محترم ${v.referee}،\n\nیاد دہانی: ${callUr(c)} کے لیے ${v.applicant} کی درخواست آپ کے خط کی منتظر ہے۔ خطوط ${v.deadline.ur} کو بند ہو جائیں گے۔ نیچے دیا گیا لنک پہلے کے ہر لنک کی جگہ لیتا ہے۔`,
    }),
    received: (c, v) => ({
      subject: 'ایک سفارشی خط موصول ہو گیا',
      body: `محترم ${v.applicant}،\n\n${callUr(c)} کے لیے آپ کے حوالہ دہندہ ${v.referee} کا خط موصول ہو گیا ہے۔ آپ اپنے پورٹل میں اپنے حوالہ دہندگان کی صورتحال دیکھ سکتے ہیں۔`,
    }),
    awaited: (c, v) => ({
      subject: 'ایک حوالہ دہندہ نے ابھی خط نہیں بھیجا',
      body: `محترم ${v.applicant}،\n\n${callUr(c)} کے لیے آپ کے حوالہ دہندہ ${v.referee} نے ابھی تک اپنا خط نہیں بھیجا؛ خطوط ${v.deadline.ur} کو بند ہو جائیں گے۔ ہم نے انہیں یاد دہانی کرا دی ہے۔ اگر وہ نہ لکھ سکیں تو آپ اپنے پورٹل میں کسی اور کا نام دے سکتے ہیں۔`,
    }),
  },
)
