// Emails of recruitment: to applicants about their application, interview and offer, to
// reviewers about their list, to staff about answers to offers.
import type { ApplicationStage, InterviewMode } from '@prisma/client'
import { localText } from '../local-text'
import { plural } from '../plural'
import { defineEmails } from './define'

export interface CycleNames {
  name: string
  programme: { name: string; nameUr: string | null }
}

/** A moment or a phrase already written in each language (see bothDates in lib/recruitment/notify.ts). */
type Both = { en: string; ur: string }

const callEn = (c: CycleNames) => `${c.programme.name} (${c.name})`
const callUr = (c: CycleNames) => `${localText('ur', c.programme.name, c.programme.nameUr)} (${c.name})`
const programmeUr = (c: CycleNames) => localText('ur', c.programme.name, c.programme.nameUr)

const stageEn: Partial<Record<ApplicationStage, string>> = {
  SUBMITTED: 'received and waiting to be screened',
  SCREENING: 'being screened',
  REVIEW: 'with our reviewers',
  INTERVIEW: 'shortlisted for an interview; we will write with a time',
  WAITLISTED: 'on the waiting list: if a place becomes free, we will email you an offer',
  REJECTED: 'not selected this time',
}
const stageUr: Partial<Record<ApplicationStage, string>> = {
  SUBMITTED: 'موصول ہو گئی ہے اور جانچ کی منتظر ہے',
  SCREENING: 'جانچ کے مرحلے میں ہے',
  REVIEW: 'ہمارے جائزہ کاروں کے پاس ہے',
  INTERVIEW: 'انٹرویو کے لیے منتخب ہو گئی ہے؛ ہم وقت کے بارے میں لکھیں گے',
  WAITLISTED: 'انتظار کی فہرست میں ہے: اگر کوئی جگہ خالی ہوئی تو ہم آپ کو پیشکش ای میل کریں گے',
  REJECTED: 'اس بار منتخب نہیں ہو سکی',
}

export const modeWords: Record<InterviewMode, Both> = {
  IN_PERSON: { en: 'in person', ur: 'بالمشافہ' },
  VIDEO: { en: 'by video call', ur: 'ویڈیو کال پر' },
  PHONE: { en: 'by phone', ur: 'فون پر' },
}

const extra = (message?: string | null) => (message ? `\n\n${message}` : '')
const at = (location?: string | null) => (location ? `: ${location}` : '')

export const recruitmentEmails = defineEmails(
  {
    submitted: (c: CycleNames, name: string) => ({
      subject: 'Application received',
      body: `Dear ${name},\n\nThank you: we have received your application to ${callEn(c)}. You can follow its progress in your portal.`,
    }),
    stage: (c: CycleNames, name: string, stage: ApplicationStage, message?: string) => ({
      subject: `Your application to ${c.programme.name}`,
      body: `Dear ${name},\n\nYour application to ${callEn(c)} is ${stageEn[stage] ?? 'updated'}.${extra(message)}`,
    }),
    withdrawn: (c: CycleNames, name: string) => ({
      subject: 'Application withdrawn',
      body: `Dear ${name},\n\nYou have withdrawn your application to ${callEn(c)}. We wish you well.`,
    }),
    reviewsAssigned: (c: CycleNames, name: string, count: number) => ({
      subject: 'Applications to review',
      body: `Dear ${name},\n\n${plural('en', count, { one: '# application', other: '# applications' })} to ${callEn(c)} ${plural('en', count, { one: 'has', other: 'have' })} been assigned to you for review.`,
    }),
    reviewUnassigned: (c: CycleNames, name: string) => ({
      subject: 'A review was taken off your list',
      body: `Dear ${name},\n\nProgramme staff have taken one application to ${callEn(c)} off your review list. Nothing more is needed from you for it.`,
    }),
    interview: (c: CycleNames, name: string, when: Both, mode: Both, location?: string | null) => ({
      subject: 'Interview scheduled',
      body: `Dear ${name},\n\nAn interview for ${callEn(c)} is scheduled for ${when.en} (Pakistan time), ${mode.en}${at(location)}.`,
    }),
    interviewCancelled: (c: CycleNames, name: string, when: Both) => ({
      subject: 'Interview cancelled',
      body: `Dear ${name},\n\nThe interview for ${callEn(c)} on ${when.en} has been cancelled. We will be in touch.`,
    }),
    offer: (c: CycleNames, name: string, by: Both, message?: string | null) => ({
      subject: `An offer from ${c.programme.name}`,
      body: `Dear ${name},\n\nCongratulations: you are offered a place in ${callEn(c)}. Please accept or decline in your portal by ${by.en} (Pakistan time).${extra(message)}`,
    }),
    offerWithdrawn: (c: CycleNames, name: string) => ({
      subject: 'Offer withdrawn',
      body: `Dear ${name},\n\nThe offer of a place in ${callEn(c)} has been withdrawn by the programme team. Contact them if you have questions.`,
    }),
    offerExpired: (c: CycleNames, name: string) => ({
      subject: 'Offer expired',
      body: `Dear ${name},\n\nThe offer of a place in ${callEn(c)} expired without a reply.`,
    }),
    offerAnswered: (c: CycleNames, name: string, accepted: boolean) => ({
      subject: accepted ? 'Offer accepted: welcome' : 'Offer declined',
      body: accepted
        ? `Dear ${name},\n\nYou have accepted your place in ${callEn(c)}. Welcome! Sign in again to open your fellow portal.`
        : `Dear ${name},\n\nYou have declined the offer of a place in ${callEn(c)}. Thank you for letting us know.`,
    }),
    offerAnsweredStaff: (c: CycleNames, staffName: string, applicant: string, accepted: boolean) => ({
      subject: `${applicant} ${accepted ? 'accepted' : 'declined'} the offer`,
      body: `Dear ${staffName},\n\n${applicant} has ${accepted ? 'accepted' : 'declined'} the offer of a place in ${callEn(c)}.`,
    }),
  },
  {
    submitted: (c, name) => ({
      subject: 'درخواست موصول ہو گئی',
      body: `محترم/محترمہ ${name}،\n\nشکریہ: ${callUr(c)} کے لیے آپ کی درخواست موصول ہو گئی ہے۔ آپ اپنے پورٹل میں اس کی پیش رفت دیکھ سکتے ہیں۔`,
    }),
    stage: (c, name, stage, message) => ({
      subject: `${programmeUr(c)} کے لیے آپ کی درخواست`,
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کے لیے آپ کی درخواست ${stageUr[stage] ?? 'اپ ڈیٹ ہو گئی ہے'}۔${extra(message)}`,
    }),
    withdrawn: (c, name) => ({
      subject: 'درخواست واپس لے لی گئی',
      body: `محترم/محترمہ ${name}،\n\nآپ نے ${callUr(c)} کے لیے اپنی درخواست واپس لے لی ہے۔ ہماری نیک خواہشات آپ کے ساتھ ہیں۔`,
    }),
    reviewsAssigned: (c, name, count) => ({
      subject: 'جائزے کے لیے درخواستیں',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کی ${plural('ur', count, { one: '# درخواست', other: '# درخواستیں' })} جائزے کے لیے آپ کو دی گئی ${plural('ur', count, { one: 'ہے', other: 'ہیں' })}۔`,
    }),
    reviewUnassigned: (c, name) => ({
      subject: 'ایک جائزہ آپ کی فہرست سے ہٹا دیا گیا',
      body: `محترم/محترمہ ${name}،\n\nپروگرام عملے نے ${callUr(c)} کی ایک درخواست آپ کی جائزہ فہرست سے ہٹا دی ہے۔ اس کے لیے آپ سے مزید کچھ درکار نہیں۔`,
    }),
    interview: (c, name, when, mode, location) => ({
      subject: 'انٹرویو کا وقت طے ہو گیا',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کے لیے انٹرویو ${when.ur} (پاکستانی وقت) پر طے ہے، ${mode.ur}${at(location)}۔`,
    }),
    interviewCancelled: (c, name, when) => ({
      subject: 'انٹرویو منسوخ',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} کا ${when.ur} والا انٹرویو منسوخ کر دیا گیا ہے۔ ہم رابطہ کریں گے۔`,
    }),
    offer: (c, name, by, message) => ({
      subject: `${programmeUr(c)} کی جانب سے پیشکش`,
      body: `محترم/محترمہ ${name}،\n\nمبارک ہو: آپ کو ${callUr(c)} میں جگہ کی پیشکش کی گئی ہے۔ براہ کرم ${by.ur} (پاکستانی وقت) تک اپنے پورٹل میں قبول یا رد کریں۔${extra(message)}`,
    }),
    offerWithdrawn: (c, name) => ({
      subject: 'پیشکش واپس لے لی گئی',
      body: `محترم/محترمہ ${name}،\n\nپروگرام ٹیم نے ${callUr(c)} میں جگہ کی پیشکش واپس لے لی ہے۔ سوالات کے لیے ان سے رابطہ کریں۔`,
    }),
    offerExpired: (c, name) => ({
      subject: 'پیشکش کی میعاد ختم',
      body: `محترم/محترمہ ${name}،\n\n${callUr(c)} میں جگہ کی پیشکش کا جواب مقررہ وقت تک نہیں آیا، اس لیے اس کی میعاد ختم ہو گئی۔`,
    }),
    offerAnswered: (c, name, accepted) => ({
      subject: accepted ? 'پیشکش قبول: خوش آمدید' : 'پیشکش رد کر دی گئی',
      body: accepted
        ? `محترم/محترمہ ${name}،\n\nآپ نے ${callUr(c)} میں اپنی جگہ قبول کر لی ہے۔ خوش آمدید! فیلو پورٹل کھولنے کے لیے دوبارہ سائن ان کریں۔`
        : `محترم/محترمہ ${name}،\n\nآپ نے ${callUr(c)} میں جگہ کی پیشکش رد کر دی ہے۔ بتانے کا شکریہ۔`,
    }),
    offerAnsweredStaff: (c, staffName, applicant, accepted) => ({
      subject: `${applicant} نے پیشکش ${accepted ? 'قبول' : 'رد'} کر دی`,
      body: `محترم/محترمہ ${staffName}،\n\n${applicant} نے ${callUr(c)} میں جگہ کی پیشکش ${accepted ? 'قبول' : 'رد'} کر دی ہے۔`,
    }),
  },
)
