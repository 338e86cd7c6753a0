// Downloads a stored file the viewer may read, as an attachment with nosniff.
import { getViewer } from '@/lib/request/viewer'
import { findReadableFile } from '@/lib/downloads'
import { fileResponse } from '@/lib/files/download'
import { AppError } from '@/lib/server/errors'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in to download files.', { status: 401 })
  const { id } = await params
  if (!UUID.test(id)) return new Response('Not found', { status: 404 })
  try {
    return await fileResponse(await findReadableFile(viewer, id))
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return new Response('Not found', { status: 404 })
    console.error('[files] download failed', e)
    return new Response('The file could not be read.', { status: 500 })
  }
}
