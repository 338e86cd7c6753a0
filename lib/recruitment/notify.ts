// Notices recruitment sends (applicants, reviewers, panelists), in English and Urdu in one
// message since the recipient's language is not always known. Queued inside the caller's
// transaction; the caller delivers after commit.
import { mailTemplates } from '../notifications/templates'
import { appUrl, queueMail } from '../server/mailer'
import { format } from '../i18n/define'
import type { Tx } from '../server/tx'
import type { ApplicationStage } from '@prisma/client'

export interface CycleNames {
  name: string
  programme: { name: string; nameUr: string | null }
}

const call = (c: CycleNames) => ({ en: `${c.programme.name} (${c.name})`, ur: `${c.programme.nameUr ?? c.programme.name} (${c.name})` })

const stageWords: Partial<Record<ApplicationStage, [string, string]>> = {
  SUBMITTED: ['received and waiting to be screened', 'موصول ہو گئی ہے اور جانچ کی منتظر ہے'],
  SCREENING: ['being screened', 'جانچ کے مرحلے میں ہے'],
  REVIEW: ['with our reviewers', 'ہمارے جائزہ کاروں کے پاس ہے'],
  INTERVIEW: ['shortlisted for an interview; we will write with a time', 'انٹرویو کے لیے منتخب ہو گئی ہے؛ ہم وقت کے بارے میں لکھیں گے'],
  REJECTED: ['not selected this time', 'اس بار منتخب نہیں ہو سکی'],
}

/** {name}, {programme} and {cycle} in a staff-written message. */
export function fillTemplate(template: string, v: { name: string; programme: string; cycle: string }) {
  return format(template, v)
}

export interface Recipient {
  id: string
  email: string
  name: string
}

export async function queueNotice(
  tx: Tx,
  to: Recipient,
  kind: string,
  v: { subjectEn: string; subjectUr: string; en: string; ur: string; path?: string },
) {
  const t = mailTemplates.notice({ subjectEn: v.subjectEn, subjectUr: v.subjectUr, en: v.en, ur: v.ur, url: v.path ? appUrl(v.path) : undefined })
  return queueMail(tx, { to: to.email, userId: to.id, kind, ...t })
}

export const notices = {
  submitted: (c: CycleNames, name: string) => ({
    subjectEn: 'Application received',
    subjectUr: 'درخواست موصول ہو گئی',
    en: `Dear ${name},\n\nThank you: we have received your application to ${call(c).en}. You can follow its progress in your portal.`,
    ur: `محترم/محترمہ ${name}،\n\nشکریہ: ${call(c).ur} کے لیے آپ کی درخواست موصول ہو گئی ہے۔ آپ اپنے پورٹل میں اس کی پیش رفت دیکھ سکتے ہیں۔`,
    path: '/apply',
  }),
  stage: (c: CycleNames, name: string, stage: ApplicationStage, message?: string) => {
    const [en, ur] = stageWords[stage] ?? ['updated', 'اپ ڈیٹ ہو گئی ہے']
    const extra = message ? `\n\n${message}` : ''
    return {
      subjectEn: `Your application to ${c.programme.name}`,
      subjectUr: `${c.programme.nameUr ?? c.programme.name} کے لیے آپ کی درخواست`,
      en: `Dear ${name},\n\nYour application to ${call(c).en} is ${en}.${extra}`,
      ur: `محترم/محترمہ ${name}،\n\n${call(c).ur} کے لیے آپ کی درخواست ${ur}۔${extra}`,
      path: '/apply',
    }
  },
  withdrawn: (c: CycleNames, name: string) => ({
    subjectEn: 'Application withdrawn',
    subjectUr: 'درخواست واپس لے لی گئی',
    en: `Dear ${name},\n\nYou have withdrawn your application to ${call(c).en}. We wish you well.`,
    ur: `محترم/محترمہ ${name}،\n\nآپ نے ${call(c).ur} کے لیے اپنی درخواست واپس لے لی ہے۔ ہماری نیک خواہشات آپ کے ساتھ ہیں۔`,
    path: '/apply',
  }),
  reviewsAssigned: (c: CycleNames, name: string, count: number) => ({
    subjectEn: 'Applications to review',
    subjectUr: 'جائزے کے لیے درخواستیں',
    en: `Dear ${name},\n\n${count} application(s) to ${call(c).en} have been assigned to you for review.`,
    ur: `محترم/محترمہ ${name}،\n\n${call(c).ur} کی ${count} درخواست(یں) جائزے کے لیے آپ کو دی گئی ہیں۔`,
    path: '/review',
  }),
  reviewUnassigned: (c: CycleNames, name: string) => ({
    subjectEn: 'A review was taken off your list',
    subjectUr: 'ایک جائزہ آپ کی فہرست سے ہٹا دیا گیا',
    en: `Dear ${name},\n\nProgramme staff have taken one application to ${call(c).en} off your review list. Nothing more is needed from you for it.`,
    ur: `محترم/محترمہ ${name}،\n\nپروگرام عملے نے ${call(c).ur} کی ایک درخواست آپ کی جائزہ فہرست سے ہٹا دی ہے۔ اس کے لیے آپ سے مزید کچھ درکار نہیں۔`,
    path: '/review',
  }),
  interview: (c: CycleNames, name: string, when: { en: string; ur: string }, mode: { en: string; ur: string }, location?: string | null) => ({
    subjectEn: 'Interview scheduled',
    subjectUr: 'انٹرویو کا وقت طے ہو گیا',
    en: `Dear ${name},\n\nAn interview for ${call(c).en} is scheduled for ${when.en} (Pakistan time), ${mode.en}${location ? `: ${location}` : ''}.`,
    ur: `محترم/محترمہ ${name}،\n\n${call(c).ur} کے لیے انٹرویو ${when.ur} (پاکستانی وقت) پر طے ہے، ${mode.ur}${location ? `: ${location}` : ''}۔`,
    path: '/apply',
  }),
  interviewCancelled: (c: CycleNames, name: string, when: { en: string; ur: string }) => ({
    subjectEn: 'Interview cancelled',
    subjectUr: 'انٹرویو منسوخ',
    en: `Dear ${name},\n\nThe interview for ${call(c).en} on ${when.en} has been cancelled. We will be in touch.`,
    ur: `محترم/محترمہ ${name}،\n\n${call(c).ur} کا ${when.ur} والا انٹرویو منسوخ کر دیا گیا ہے۔ ہم رابطہ کریں گے۔`,
    path: '/apply',
  }),
  offer: (c: CycleNames, name: string, by: { en: string; ur: string }, message?: string | null) => ({
    subjectEn: `An offer from ${c.programme.name}`,
    subjectUr: `${c.programme.nameUr ?? c.programme.name} کی جانب سے پیشکش`,
    en: `Dear ${name},\n\nCongratulations: you are offered a place in ${call(c).en}. Please accept or decline in your portal by ${by.en} (Pakistan time).${message ? `\n\n${message}` : ''}`,
    ur: `محترم/محترمہ ${name}،\n\nمبارک ہو: آپ کو ${call(c).ur} میں جگہ کی پیشکش کی گئی ہے۔ براہ کرم ${by.ur} (پاکستانی وقت) تک اپنے پورٹل میں قبول یا رد کریں۔${message ? `\n\n${message}` : ''}`,
    path: '/apply',
  }),
  offerWithdrawn: (c: CycleNames, name: string) => ({
    subjectEn: 'Offer withdrawn',
    subjectUr: 'پیشکش واپس لے لی گئی',
    en: `Dear ${name},\n\nThe offer of a place in ${call(c).en} has been withdrawn by the programme team. Contact them if you have questions.`,
    ur: `محترم/محترمہ ${name}،\n\nپروگرام ٹیم نے ${call(c).ur} میں جگہ کی پیشکش واپس لے لی ہے۔ سوالات کے لیے ان سے رابطہ کریں۔`,
    path: '/apply',
  }),
  offerExpired: (c: CycleNames, name: string) => ({
    subjectEn: 'Offer expired',
    subjectUr: 'پیشکش کی میعاد ختم',
    en: `Dear ${name},\n\nThe offer of a place in ${call(c).en} expired without a reply.`,
    ur: `محترم/محترمہ ${name}،\n\n${call(c).ur} میں جگہ کی پیشکش کا جواب مقررہ وقت تک نہیں آیا، اس لیے اس کی میعاد ختم ہو گئی۔`,
    path: '/apply',
  }),
  offerAnswered: (c: CycleNames, name: string, accepted: boolean) => ({
    subjectEn: accepted ? 'Offer accepted: welcome' : 'Offer declined',
    subjectUr: accepted ? 'پیشکش قبول: خوش آمدید' : 'پیشکش رد کر دی گئی',
    en: accepted
      ? `Dear ${name},\n\nYou have accepted your place in ${call(c).en}. Welcome! Sign in again to open your fellow portal.`
      : `Dear ${name},\n\nYou have declined the offer of a place in ${call(c).en}. Thank you for letting us know.`,
    ur: accepted
      ? `محترم/محترمہ ${name}،\n\nآپ نے ${call(c).ur} میں اپنی جگہ قبول کر لی ہے۔ خوش آمدید! فیلو پورٹل کھولنے کے لیے دوبارہ سائن ان کریں۔`
      : `محترم/محترمہ ${name}،\n\nآپ نے ${call(c).ur} میں جگہ کی پیشکش رد کر دی ہے۔ بتانے کا شکریہ۔`,
    path: accepted ? '/fellow' : '/apply',
  }),
  offerAnsweredStaff: (c: CycleNames, staffName: string, applicant: string, accepted: boolean) => ({
    subjectEn: `${applicant} ${accepted ? 'accepted' : 'declined'} the offer`,
    subjectUr: `${applicant} نے پیشکش ${accepted ? 'قبول' : 'رد'} کر دی`,
    en: `Dear ${staffName},\n\n${applicant} has ${accepted ? 'accepted' : 'declined'} the offer of a place in ${call(c).en}.`,
    ur: `محترم/محترمہ ${staffName}،\n\n${applicant} نے ${call(c).ur} میں جگہ کی پیشکش ${accepted ? 'قبول' : 'رد'} کر دی ہے۔`,
  }),
}

/** Formats a moment for an email in both languages, Pakistan time. */
// Urdu names the part of the day ("6:30 شام") instead of CLDR's Latin "PM", as on the pages
// (lib/i18n/format.ts); dateStyle cannot be combined with dayPeriod, so the fields are spelled out.
const EN_WHEN = new Intl.DateTimeFormat('en-PK', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Asia/Karachi' })
const UR_WHEN = new Intl.DateTimeFormat('ur-PK', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', dayPeriod: 'short', timeZone: 'Asia/Karachi' })

export function bothDates(d: Date) {
  return { en: EN_WHEN.format(d), ur: UR_WHEN.format(d) }
}

export const modeWords = {
  IN_PERSON: { en: 'in person', ur: 'بالمشافہ' },
  VIDEO: { en: 'by video call', ur: 'ویڈیو کال پر' },
  PHONE: { en: 'by phone', ur: 'فون پر' },
} as const
