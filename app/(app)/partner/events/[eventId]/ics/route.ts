// One session as an .ics file, for a partner whose department it invites (anyone else: not found).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { can } from '@/lib/auth/policy'
import { AppError } from '@/lib/server/errors'
import { calendarHeaders, eventIcsFile } from '@/lib/events/ics-file'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function GET(_req: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  const { eventId } = await params
  if (!can(viewer, 'event:respond:department') || !UUID.test(eventId)) return new Response('Not found', { status: 404 })
  const { m, locale } = await getI18n()
  try {
    const file = await eventIcsFile(viewer, eventId, locale, m.events.feed.calendarName)
    return new Response(file.text, { headers: calendarHeaders(file.filename) })
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
