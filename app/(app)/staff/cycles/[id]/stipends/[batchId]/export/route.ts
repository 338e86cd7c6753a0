// Downloads an approved payment batch as the bank's upload file (CSV, UTF-8 with BOM). Holds
// full IBANs: staff who prepare payments only, and each download is audited.
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { AppError } from '@/lib/server/errors'
import { can } from '@/lib/auth/permissions'
import { exportBatchCsv } from '@/lib/stipends/export'
import { csvResponse } from '@/lib/csv'
import { uuidParam } from '@/lib/server/page'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string; batchId: string }> }) {
  const viewer = await getViewer()
  if (!viewer || !can(viewer, 'payment:prepare')) return new Response('Not found', { status: 404 })
  const p = await params
  const [cycleId, batchId] = [uuidParam(p.id), uuidParam(p.batchId)]
  if (!cycleId || !batchId) return new Response('Not found', { status: 404 })
  try {
    return csvResponse(await exportBatchCsv(viewer, cycleId, batchId, (await getI18n()).m))
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    if (e instanceof AppError && e.code === 'CLOSED') return new Response((await getI18n()).m.stipends.errors.notApproved, { status: 409 })
    throw e
  }
}
