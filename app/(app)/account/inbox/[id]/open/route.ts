// Opening a message from the inbox list or from its email: marks it read (the first time), then
// shows it. A GET, so an emailed link counts as opening; it changes only the viewer's own row.
import { getViewer } from '@/lib/request/viewer'
import { AppError } from '@/lib/server/errors'
import { uuidParam } from '@/lib/server/page'
import { markMessageRead } from '@/lib/announcements/mutations'

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer()
  const id = uuidParam((await params).id)
  if (!viewer) return new Response(null, { status: 303, headers: { Location: '/sign-in' } })
  if (!id) return new Response('Not found', { status: 404 })
  try {
    await markMessageRead(viewer, id)
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response('Not found', { status: 404 })
    throw e
  }
  return new Response(null, { status: 303, headers: { Location: `/account/inbox/${id}` } })
}
