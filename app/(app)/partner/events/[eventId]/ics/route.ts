// One session as an .ics file, for a partner whose department it invites (anyone else: not found).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { uuidParam } from '@/lib/server/page'
import { eventIcsResponse } from '@/lib/events/ics-file'

export async function GET(_req: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const [viewer, { m, locale }] = await Promise.all([getViewer(), getI18n()])
  return eventIcsResponse(viewer, 'event:respond:department', uuidParam((await params).eventId), {
    locale,
    calendarName: m.events.feed.calendarName,
  })
}
