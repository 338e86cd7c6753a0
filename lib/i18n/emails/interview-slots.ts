// Emails of bookable interview slots and the waitlist: a booking confirmed or moved (with the
// calendar file attached), a slot cancelled by staff, the day-before reminder to the applicant
// and to each panelist, a panelist told who booked, and an applicant put on the waiting list.
import { localText } from '../local-text'
import { defineEmails } from './define'
import type { CycleNames } from './recruitment'

type Both = { en: string; ur: string }

const callEn = (c: CycleNames) => `${c.programme.name} (${c.name})`
const callUr = (c: CycleNames) => `${localText('ur', c.programme.name, c.programme.nameUr)} (${c.name})`
const at = (location?: string | null) => (location ? `: ${location}` : '')

export const slotEmails = defineEmails(
  {
    booked: (c: CycleNames, name: string, when: Both, mode: Both, location: string | null, moved: boolean) => ({
      subject: moved ? 'Interview moved' : 'Interview booked',
      body: `Dear ${name},\n\nYour interview for ${callEn(c)} is ${moved ? 'now' : 'booked for'} ${when.en} (Pakistan time), ${mode.en}${at(location)}. The calendar file is attached. You can move it to another open time in your portal until the cut-off shown there.`,
    }),
    panelBooked: (c: CycleNames, name: string, applicant: string, when: Both, moved: boolean) => ({
      subject: `Interview ${moved ? 'moved' : 'booked'}: ${applicant}`,
      body: `Dear ${name},\n\n${applicant} has ${moved ? 'moved their interview for' : 'booked an interview for'} ${callEn(c)} ${moved ? 'to' : 'on'} ${when.en} (Pakistan time). You sit on its panel.`,
    }),
    panelReleased: (c: CycleNames, name: string, applicant: string, when: Both) => ({
      subject: `Interview moved away from you: ${applicant}`,
      body: `Dear ${name},\n\n${applicant} has moved their interview for ${callEn(c)} away from ${when.en} (Pakistan time), a time you sat on the panel for. You no longer need to attend it; that time is open for another booking.`,
    }),
    slotCancelled: (c: CycleNames, name: string, when: Both) => ({
      subject: 'Your interview time was cancelled: please book another',
      body: `Dear ${name},\n\nThe interview time you booked for ${callEn(c)} on ${when.en} has been cancelled by the programme team. Please choose another time in your portal.`,
    }),
    reminder: (c: CycleNames, name: string, when: Both, mode: Both, location: string | null) => ({
      subject: 'Reminder: your interview tomorrow',
      body: `Dear ${name},\n\nA reminder: your interview for ${callEn(c)} is on ${when.en} (Pakistan time), ${mode.en}${at(location)}.`,
    }),
    panelReminder: (c: CycleNames, name: string, applicant: string, when: Both) => ({
      subject: `Reminder: interview with ${applicant} tomorrow`,
      body: `Dear ${name},\n\nA reminder: you sit on the panel interviewing ${applicant} for ${callEn(c)} on ${when.en} (Pakistan time). The scorecard opens from your list of panels.`,
    }),
    waitlisted: (c: CycleNames, name: string) => ({
      subject: 'You are on the waiting list',
      body: `Dear ${name},\n\nYour application to ${callEn(c)} is on the waiting list. If a place becomes free, we will email you an offer.`,
    }),
  },
  {
    booked: (c, name, when, mode, location, moved) => ({
      subject: moved ? 'انٹرویو کا وقت بدل گیا' : 'انٹرویو کا وقت طے ہو گیا',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کے لیے آپ کا انٹرویو ${moved ? 'اب' : ''} ${when.ur} (پاکستانی وقت) پر ہے، ${mode.ur}${at(location)}۔ کیلنڈر فائل ساتھ منسلک ہے۔ پورٹل میں بتائی گئی آخری حد تک آپ اسے کسی اور خالی وقت پر منتقل کر سکتے ہیں۔`,
    }),
    panelBooked: (c, name, applicant, when, moved) => ({
      subject: `انٹرویو ${moved ? 'منتقل' : 'طے'}: ${applicant}`,
      body: `محترم/محترمہ ${name}،\n\n${applicant} نے ${callUr(c)} کا انٹرویو ${when.ur} (پاکستانی وقت) ${moved ? 'پر منتقل کر دیا ہے' : 'کے لیے طے کیا ہے'}۔ آپ اس کے پینل میں ہیں۔`,
    }),
    panelReleased: (c, name, applicant, when) => ({
      subject: `انٹرویو آپ کے پینل سے منتقل ہو گیا: ${applicant}`,
      body: `محترم/محترمہ ${name}،\n\n${applicant} نے ${callUr(c)} کا انٹرویو ${when.ur} (پاکستانی وقت) سے، جس کے پینل میں آپ تھے، کسی اور وقت پر منتقل کر دیا ہے۔ اب آپ کو اس میں شریک ہونے کی ضرورت نہیں؛ وہ وقت کسی اور بکنگ کے لیے کھلا ہے۔`,
    }),
    slotCancelled: (c, name, when) => ({
      subject: 'آپ کا انٹرویو کا وقت منسوخ ہو گیا: براہ کرم دوسرا وقت چنیں',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کے لیے ${when.ur} کا جو وقت آپ نے چنا تھا وہ پروگرام ٹیم نے منسوخ کر دیا ہے۔ براہ کرم اپنے پورٹل میں کوئی اور وقت چنیں۔`,
    }),
    reminder: (c, name, when, mode, location) => ({
      subject: 'یاد دہانی: کل آپ کا انٹرویو ہے',
      body: `محترم/محترمہ ${name}،\n\nیاد دہانی: ${callUr(c)} کے لیے آپ کا انٹرویو ${when.ur} (پاکستانی وقت) پر ہے، ${mode.ur}${at(location)}۔`,
    }),
    panelReminder: (c, name, applicant, when) => ({
      subject: `یاد دہانی: کل ${applicant} کا انٹرویو`,
      body: `محترم/محترمہ ${name}،\n\nیاد دہانی: ${callUr(c)} کے لیے ${applicant} کا انٹرویو ${when.ur} (پاکستانی وقت) پر ہے اور آپ اس کے پینل میں ہیں۔ اسکور کارڈ آپ کے پینلز کی فہرست سے کھلتا ہے۔`,
    }),
    waitlisted: (c, name) => ({
      subject: 'آپ انتظار کی فہرست میں ہیں',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کے لیے آپ کی درخواست انتظار کی فہرست میں ہے۔ اگر کوئی جگہ خالی ہوئی تو ہم آپ کو پیشکش ای میل کریں گے۔`,
    }),
  },
)
