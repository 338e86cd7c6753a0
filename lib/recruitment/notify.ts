// Notices recruitment sends (applicants, reviewers, panelists), in English and Urdu in one
// message since the recipient's language is not always known. Queued inside the caller's
// transaction; the caller delivers after commit.
import { mailTemplates } from '../notifications/templates'
import { appUrl, queueMail } from '../server/mailer'
import { format } from '../i18n/define'
import type { Tx } from '../server/tx'
import { recruitmentEmails } from '../i18n/emails/recruitment'
import type { BilingualText } from '../i18n/emails/define'
import { TIME_ZONE } from '../i18n/config'

export type { CycleNames } from '../i18n/emails/recruitment'
export { modeWords } from '../i18n/emails/recruitment'

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
  const t = mailTemplates.notice({
    subjectEn: v.subjectEn,
    subjectUr: v.subjectUr,
    en: v.en,
    ur: v.ur,
    url: v.path ? appUrl(v.path) : undefined,
  })
  return queueMail(tx, { to: to.email, userId: to.id, kind, ...t })
}

/** A catalogued email with the page its link opens. */
const linked =
  <A extends unknown[]>(text: (...args: A) => BilingualText, path?: string | ((...args: A) => string)) =>
  (...args: A) => ({ ...text(...args), ...(path ? { path: typeof path === 'string' ? path : path(...args) } : {}) })

const t = recruitmentEmails
export const notices = {
  submitted: linked(t.submitted, '/apply'),
  stage: linked(t.stage, '/apply'),
  withdrawn: linked(t.withdrawn, '/apply'),
  reviewsAssigned: linked(t.reviewsAssigned, '/review'),
  reviewUnassigned: linked(t.reviewUnassigned, '/review'),
  interview: linked(t.interview, '/apply'),
  interviewCancelled: linked(t.interviewCancelled, '/apply'),
  offer: linked(t.offer, '/apply'),
  offerWithdrawn: linked(t.offerWithdrawn, '/apply'),
  offerExpired: linked(t.offerExpired, '/apply'),
  offerAnswered: linked(t.offerAnswered, (_c, _name, accepted) => (accepted ? '/fellow' : '/apply')),
  offerAnsweredStaff: linked(t.offerAnsweredStaff),
}

/** Formats a moment for an email in both languages, Pakistan time. */
// Urdu names the part of the day ("6:30 شام") instead of CLDR's Latin "PM", as on the pages
// (lib/i18n/format.ts); dateStyle cannot be combined with dayPeriod, so the fields are spelled out.
const EN_WHEN = new Intl.DateTimeFormat('en-PK', { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE })
const UR_WHEN = new Intl.DateTimeFormat('ur-PK', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  dayPeriod: 'short',
  timeZone: TIME_ZONE,
})

export function bothDates(d: Date) {
  return { en: EN_WHEN.format(d), ur: UR_WHEN.format(d) }
}
