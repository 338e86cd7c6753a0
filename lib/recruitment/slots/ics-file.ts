// The applicant's own interview as a downloadable .ics (the portal's "add to your calendar").
import 'server-only'
import type { Viewer } from '../../auth/viewer'
import { can } from '../../auth/permissions'
import { getDb } from '../../server/db'
import type { Locale } from '../../i18n/config'
import { calendarHeaders } from '../../calendar/ics'
import { interviewIcs, interviewIcsFilename, interviewIcsSelect } from './interview-ics'

/**
 * 401 signed out; 404 for a malformed id, an application not the viewer's, or one with no
 * interview scheduled; else the file of the interview booked.
 */
export async function interviewIcsResponse(viewer: Viewer | null, applicationId: string | undefined, locale: Locale): Promise<Response> {
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  if (!can(viewer, 'application:write:own') || !applicationId) return new Response('Not found', { status: 404 })
  const db = await getDb()
  const iv = await db.interview.findFirst({
    where: { status: 'SCHEDULED', application: { id: applicationId, applicantId: viewer.userId } },
    orderBy: { scheduledAt: 'asc' },
    select: interviewIcsSelect,
  })
  if (!iv) return new Response('Not found', { status: 404 })
  return new Response(interviewIcs(iv, locale), { headers: calendarHeaders(interviewIcsFilename(iv)) })
}
