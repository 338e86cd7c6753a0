// Staff download a referee's uploaded letter through the application's own address (never
// /files/[id]: the applicant must not reach it). Each download is audited by the domain.
import { getViewer } from '@/lib/request/viewer'
import { uuidParam } from '@/lib/server/page'
import { AppError } from '@/lib/server/errors'
import { fileResponse } from '@/lib/files/download'
import { readLetterFileForStaff } from '@/lib/referees/queries'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; appId: string; refereeId: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  const p = await params
  const [cycleId, applicationId, refereeId] = [uuidParam(p.id), uuidParam(p.appId), uuidParam(p.refereeId)]
  if (!cycleId || !applicationId || !refereeId) return new Response('Not found', { status: 404 })
  try {
    return await fileResponse(await readLetterFileForStaff(viewer, { cycleId, applicationId, refereeId }))
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
