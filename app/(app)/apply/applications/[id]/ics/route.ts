// The applicant's booked interview as an .ics file (anyone else's application: not found).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { uuidParam } from '@/lib/server/page'
import { interviewIcsResponse } from '@/lib/recruitment/slots/ics-file'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const [viewer, { locale }] = await Promise.all([getViewer(), getI18n()])
  return interviewIcsResponse(viewer, uuidParam((await params).id), locale)
}
