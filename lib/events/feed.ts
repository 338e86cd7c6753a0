// What a calendar app fetching a private feed address gets: no session, only the secret token in
// the address, looked up by its hash. The events are the ones its owner sees now (their role
// and invitations today), in their language; a revoked or unknown token, or an account no
// longer active, gets nothing.
import 'server-only'
import { getDb } from '../server/db'
import { can } from '../auth/policy'
import { actingRole } from '../auth/roles'
import { hashToken } from '../auth/tokens'
import type { Viewer } from '../auth/viewer'
import { localText } from '../i18n/local-text'
import type { Locale } from '../i18n/config'
import { eventWhereFor } from './scope'
import { eventSelect } from './queries'
import { icsCalendar } from '../calendar/ics'

/** How far back a feed reaches: calendars keep what they fetched earlier. */
const FEED_PAST_DAYS = 180
const FEED_MAX = 500
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/

/** The iCalendar text of the feed with this token, or null when there is no such feed. */
export async function calendarForToken(token: string, opts: { name: (locale: Locale) => string; domain: string; now?: Date }) {
  if (!TOKEN.test(token)) return null
  const db = await getDb()
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      user: {
        select: { id: true, role: true, departmentId: true, name: true, email: true, active: true, emailVerifiedAt: true, locale: true },
      },
    },
  })
  const u = feed?.user
  if (!u || !u.active) return null
  const viewer: Viewer = {
    userId: u.id,
    role: actingRole(u.role, !!u.emailVerifiedAt),
    departmentId: u.departmentId,
    name: u.name,
    email: u.email,
  }
  if (!can(viewer, 'event:respond')) return null
  const now = opts.now ?? new Date()
  const events = await db.cohortEvent.findMany({
    where: { AND: [await eventWhereFor(db, viewer), { endsAt: { gte: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000) } }] },
    orderBy: { startsAt: 'asc' },
    take: FEED_MAX,
    select: eventSelect,
  })
  const locale: Locale = u.locale === 'ur' ? 'ur' : 'en'
  return icsCalendar(
    events.map((e) => ({
      ...e,
      title: localText(locale, e.title, e.titleUr),
      description: localText(locale, e.description, e.descriptionUr) || null,
    })),
    { name: opts.name(locale), domain: opts.domain, now },
  )
}
