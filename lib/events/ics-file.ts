// One session as a downloadable .ics file, for someone it invites (route handlers of the portals).
import 'server-only'
import type { Viewer } from '../auth/viewer'
import { can, type Permission } from '../auth/permissions'
import { AppError } from '../server/errors'
import type { Locale } from '../i18n/config'
import { localText } from '../i18n/local-text'
import { myEvent } from './queries'
import { calendarHeaders, icsCalendar } from '../calendar/ics'
import { calendarDomain } from '../calendar/domain'

/** The .ics text of one event the viewer is invited to; throws NOT_FOUND for any other. */
export async function eventIcsFile(viewer: Viewer, eventId: string, locale: Locale, calendarName: string) {
  const e = await myEvent(viewer, eventId)
  const text = icsCalendar(
    [{ ...e, title: localText(locale, e.title, e.titleUr), description: localText(locale, e.description, e.descriptionUr) || null }],
    { name: calendarName, domain: calendarDomain() },
  )
  return { text, filename: `daftar-session-${e.startsAt.toISOString().slice(0, 10)}.ics` }
}

/**
 * What a portal's .ics route answers (the fellow's and the partner's differ only in the
 * permission of their area): 401 signed out, 404 for a malformed id or an event the viewer is
 * not invited to, else the file.
 */
export async function eventIcsResponse(
  viewer: Viewer | null,
  permission: Permission,
  eventId: string | undefined,
  i18n: { locale: Locale; calendarName: string },
): Promise<Response> {
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  if (!can(viewer, permission) || !eventId) return new Response('Not found', { status: 404 })
  try {
    const file = await eventIcsFile(viewer, eventId, i18n.locale, i18n.calendarName)
    return new Response(file.text, { headers: calendarHeaders(file.filename) })
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
