// Downloads the cycle's applications with scores as CSV (UTF-8 with BOM, for Excel and Urdu).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { AppError } from '@/lib/server/errors'
import { isStaff } from '@/lib/auth/policy'
import { exportApplicationsCsv } from '@/lib/recruitment/queries/export'
import { csvResponse } from '@/lib/csv'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer()
  if (!viewer || !isStaff(viewer)) return new Response('Not found', { status: 404 })
  const { id } = await params
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return new Response('Not found', { status: 404 })
  try {
    return csvResponse(await exportApplicationsCsv(viewer, id, await getI18n()))
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
}
