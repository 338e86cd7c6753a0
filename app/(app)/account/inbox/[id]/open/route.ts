// Opening a message from the inbox list or from its email: marks it read (the first time), then
// shows it. A GET, so an emailed link counts as opening; it changes only the viewer's own row.
import { getViewer } from '@/lib/request/viewer'
import { AppError } from '@/lib/server/errors'
import { markMessageRead } from '@/lib/announcements/mutations'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer()
  const { id } = await params
  if (!viewer) return new Response(null, { status: 303, headers: { Location: '/sign-in' } })
  if (!UUID.test(id)) return new Response('Not found', { status: 404 })
  try {
    await markMessageRead(viewer, id)
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
  return new Response(null, { status: 303, headers: { Location: `/account/inbox/${id}` } })
}
