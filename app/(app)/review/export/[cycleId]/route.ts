// A reviewer's own assigned applications of one cycle as CSV; in a blind cycle without names,
// contact details or personal questions (the domain withholds them).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { AppError } from '@/lib/server/errors'
import { isStaff } from '@/lib/auth/policy'
import { exportApplicationsCsv } from '@/lib/recruitment/queries/export'
import { csvResponse } from '@/lib/csv'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function GET(_req: Request, { params }: { params: Promise<{ cycleId: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in first.', { status: 401 })
  const { cycleId } = await params
  if (!UUID.test(cycleId)) return new Response('Not found', { status: 404 })
  try {
    // Staff exporting from here get only what a reviewer would: their own assignments.
    // (Only ever narrowed: any other role keeps its own, and the domain refuses it.)
    const asReviewer = isStaff(viewer) ? { ...viewer, role: 'REVIEWER' as const } : viewer
    return csvResponse(await exportApplicationsCsv(asReviewer, cycleId, await getI18n()))
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
