// An assigned reviewer downloads a referee's uploaded letter, in a cycle not reviewed blind
// only (lib/referees/queries.ts decides); each download is audited.
import { getViewer } from '@/lib/request/viewer'
import { uuidParam } from '@/lib/server/page'
import { AppError } from '@/lib/server/errors'
import { fileResponse } from '@/lib/files/download'
import { readLetterFileForReviewer } from '@/lib/referees/queries'

export async function GET(_req: Request, { params }: { params: Promise<{ reviewId: string; refereeId: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  const p = await params
  const [reviewId, refereeId] = [uuidParam(p.reviewId), uuidParam(p.refereeId)]
  if (!reviewId || !refereeId) return new Response('Not found', { status: 404 })
  try {
    return await fileResponse(await readLetterFileForReviewer(viewer, { reviewId, refereeId }))
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
