// Event forms: staff schedule, edit and cancel a session and save its attendance register;
// fellows and partners answer (RSVP). Times are typed as Asia/Karachi wall-clock time.
import { z } from 'zod'
import { checkbox, karachiDate, optionalText, optionalUrl, text, uuid, version } from '../validation'

export const EVENT_KINDS = ['BOOTCAMP', 'WORKSHOP', 'TRAINING', 'DEMO_DAY', 'OTHER'] as const
export const RSVP_ANSWERS = ['YES', 'MAYBE', 'NO'] as const
export const ATTENDANCE_MARKS = ['PRESENT', 'LATE', 'EXCUSED', 'ABSENT'] as const
export type AttendanceMarkName = (typeof ATTENDANCE_MARKS)[number]
export type RsvpAnswerName = (typeof RSVP_ANSWERS)[number]

/** The largest register saved at once: a whole cycle at the scale seed (2,000), with room. */
export const REGISTER_MAX = 5000

const listOf = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v])

const eventFields = {
  kind: z.enum(EVENT_KINDS, { error: 'errors.invalidChoice' }),
  title: text(200),
  titleUr: text(200),
  description: optionalText(3000),
  descriptionUr: optionalText(3000),
  startsAt: karachiDate(),
  endsAt: karachiDate(),
  place: optionalText(300),
  onlineUrl: optionalUrl(),
  /** Blank: every active fellow of the cycle; else the fellows placed with these departments. */
  departmentIds: z.preprocess(listOf, z.array(uuid()).max(100, { error: 'errors.tooBig' })),
  invitePartners: checkbox(),
}

type Times = { startsAt: Date; endsAt: Date }
const endsAfterStart = (v: Times, ctx: z.RefinementCtx) => {
  if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'errors.endBeforeStart' })
}

export const createEventSchema = z.object({ cycleId: uuid(), ...eventFields }).superRefine(endsAfterStart)
export type CreateEventInput = z.infer<typeof createEventSchema>

export const updateEventSchema = z.object({ eventId: uuid(), version: version(), ...eventFields }).superRefine(endsAfterStart)
export type UpdateEventInput = z.infer<typeof updateEventSchema>

/** Cancelling keeps the event (fellows see it struck through and calendars drop it); restoring undoes it. */
export const cancelEventSchema = z.object({
  eventId: uuid(),
  version: version(),
  intent: z.enum(['cancel', 'restore'], { error: 'errors.invalidChoice' }),
})
export type CancelEventInput = z.infer<typeof cancelEventSchema>

export const rsvpSchema = z.object({ eventId: uuid(), answer: z.enum(RSVP_ANSWERS, { error: 'errors.invalidChoice' }) })
export type RsvpInput = z.infer<typeof rsvpSchema>

/** Calendar-feed buttons name no record: the feed is always the viewer's own. */
export const calendarFeedSchema = z.object({})

const UUID_IN_KEY = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'
const MARK_KEY = new RegExp(`^mark\\.${UUID_IN_KEY}$`, 'i')

/**
 * The register: `fellowshipIds` lists the fellows shown (hidden fields, one a row) and
 * `mark.<fellowshipId>` the radio chosen for each. A fellow shown without a mark has none
 * (it is cleared); fellows not shown (another department's page) are left as they were.
 */
export const saveAttendanceSchema = z
  .looseObject({
    eventId: uuid(),
    fellowshipIds: z.preprocess(listOf, z.array(uuid()).max(REGISTER_MAX, { error: 'errors.tooBig' })),
  })
  .transform((raw, ctx) => {
    const shown = new Set(raw.fellowshipIds.map((id) => id.toLowerCase()))
    const marks = new Map<string, AttendanceMarkName>()
    for (const [key, value] of Object.entries(raw)) {
      const match = MARK_KEY.exec(key)
      if (!match) continue
      const id = match[1].toLowerCase()
      const v = Array.isArray(value) ? value[0] : value
      if (v === '' || v === undefined) continue
      if (!ATTENDANCE_MARKS.includes(v as AttendanceMarkName)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'errors.invalidChoice' })
        continue
      }
      // A mark for a fellow the form did not show is not the register's to save.
      if (!shown.has(id)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'errors.notFound' })
        continue
      }
      marks.set(id, v as AttendanceMarkName)
    }
    return { eventId: raw.eventId, fellowshipIds: [...shown], marks }
  })
export type SaveAttendanceInput = z.output<typeof saveAttendanceSchema>
