// An interview as iCalendar text (lib/events/ics.ts writes it): the file attached to a booking's
// email and offered for download in the applicant's portal. Its UID stays the interview's, and
// its SEQUENCE the interview's version, so a moved booking replaces the copy a calendar holds,
// and a cancelled one is marked CANCELLED. Not server-only: the scheduled job's mail retry
// attaches it too (scripts/remind.ts).
import type { PrismaClient } from '@prisma/client'
import { icsCalendar, type IcsEvent } from '../../calendar/ics'
import { calendarDomain } from '../../calendar/domain'
import { appUrl, kindWithAttachments, registerMailAttachments, type MailAttachment } from '../../server/mailer'
import { localText } from '../../i18n/local-text'
import type { Locale } from '../../i18n/config'
import { safeWebLink } from '../interview-place'
import { modeWords } from '../notify'
import type { Tx } from '../../server/tx'

export const interviewIcsSelect = {
  id: true,
  scheduledAt: true,
  durationMinutes: true,
  mode: true,
  location: true,
  status: true,
  updatedAt: true,
  version: true,
  application: { select: { id: true, cycle: { select: { name: true, programme: { select: { name: true, nameUr: true } } } } } },
} as const

type IcsInterview = {
  id: string
  scheduledAt: Date
  durationMinutes: number
  mode: keyof typeof modeWords
  location: string | null
  status: string
  updatedAt: Date
  version: number
  application: { id: string; cycle: { name: string; programme: { name: string; nameUr: string | null } } }
}

const TITLE = { en: 'Interview', ur: 'انٹرویو' } as const
const CALENDAR = { en: 'Daftar interview', ur: 'دفتر انٹرویو' } as const

/** One interview as a calendar event, in one language or (for email) both. */
export function interviewEvent(iv: IcsInterview, locale: Locale | 'both'): IcsEvent {
  const programme = (l: Locale) => localText(l, iv.application.cycle.programme.name, iv.application.cycle.programme.nameUr)
  const title = (l: Locale) => `${TITLE[l]}: ${programme(l)} (${iv.application.cycle.name})`
  const link = iv.location ? safeWebLink(iv.location.trim()) : null
  const portal = appUrl(`/apply/applications/${iv.application.id}`)
  const description = (l: Locale) => `${modeWords[iv.mode][l]}. ${portal}`
  return {
    id: `interview-${iv.id}`,
    title: locale === 'both' ? `${title('en')} / ${title('ur')}` : title(locale),
    description: locale === 'both' ? `${description('en')}\n${description('ur')}` : description(locale),
    startsAt: iv.scheduledAt,
    endsAt: new Date(iv.scheduledAt.getTime() + iv.durationMinutes * 60_000),
    place: link ? null : iv.location,
    onlineUrl: link,
    cancelledAt: iv.status === 'CANCELLED' ? iv.updatedAt : null,
    updatedAt: iv.updatedAt,
    version: iv.version,
  }
}

export function interviewIcs(iv: IcsInterview, locale: Locale | 'both') {
  return icsCalendar([interviewEvent(iv, locale)], {
    name: locale === 'both' ? CALENDAR.en : CALENDAR[locale],
    domain: calendarDomain(),
  })
}

export const interviewIcsFilename = (iv: { scheduledAt: Date }) => `daftar-interview-${iv.scheduledAt.toISOString().slice(0, 10)}.ics`

/** The mail kind of a booking's confirmation: its .ics is made from the interview when sent. */
export const BOOKED_KIND = 'recruitment.interview-booked'
export const bookedKind = (interviewId: string) => kindWithAttachments(BOOKED_KIND, interviewId)

export async function bookingAttachments(db: PrismaClient | Tx, interviewId: string): Promise<MailAttachment[]> {
  const iv = await db.interview.findUnique({ where: { id: interviewId }, select: interviewIcsSelect })
  if (!iv) return []
  return [
    { filename: interviewIcsFilename(iv), content: interviewIcs(iv, 'both'), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
  ]
}

registerMailAttachments(BOOKED_KIND, bookingAttachments)
