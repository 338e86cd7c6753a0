// Streams a CSV export after the personal-data warning was acknowledged. A POST from the
// export page only: a same-origin form, never a link that could be followed unknowingly.
import { getViewer } from '@/lib/request/viewer'
import { AppError } from '@/lib/server/errors'
import { isDataset, parseFilter } from '@/lib/insight/datasets/schema'
import { exportDataset } from '@/lib/insight/exports/run'

export async function POST(req: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const viewer = await getViewer()
  if (!viewer) return new Response('Sign in to export data.', { status: 401 })
  // Cookies are SameSite=Lax, but a form posted from another site must not start an export.
  const origin = req.headers.get('origin')
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  if (origin && host && hostOf(origin) !== host) return new Response('Cross-site request refused.', { status: 403 })
  const { dataset } = await params
  if (!isDataset(dataset)) return new Response('Not found', { status: 404 })
  const form = await req.formData()
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string'))
  const filter = parseFilter(dataset, raw)
  try {
    const csv = await exportDataset(viewer, dataset, filter, form.get('ack') === 'on')
    return new Response(csv.body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${csv.filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  } catch (e) {
    if (e instanceof AppError && e.code === 'INVALID') {
      // Back to the warning, which now says what is missing; the filters are kept.
      const back = new URL(`/staff/insight/data/${dataset}/export`, req.url)
      for (const [k, v] of Object.entries(raw)) if (k !== 'ack') back.searchParams.set(k, String(v))
      back.searchParams.set('error', 'ack')
      return Response.redirect(back, 303)
    }
    if (e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED')) return new Response('Not found', { status: 404 })
    console.error('[export] failed', e)
    return new Response('The export could not be made.', { status: 500 })
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}
