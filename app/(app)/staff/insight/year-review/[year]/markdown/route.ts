// The year in review as a Markdown file, in the viewer's language (staff; drafts included).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { appUrl } from '@/lib/server/mailer'
import { can } from '@/lib/auth/policy'
import { getYearReview } from '@/lib/insight/year-review/queries'
import { yearReviewMarkdown } from '@/lib/insight/year-review/markdown'
import { parseYear } from '@/lib/insight/year-review/schema'

export async function GET(_req: Request, { params }: { params: Promise<{ year: string }> }) {
  const viewer = await getViewer()
  if (!viewer || !can(viewer, 'report:manage')) return new Response('Not found', { status: 404 })
  const year = parseYear((await params).year)
  if (!year) return new Response('Not found', { status: 404 })
  const { m, locale } = await getI18n()
  const { review, figures } = await getYearReview(viewer, year)
  const md = yearReviewMarkdown(
    {
      title: review?.title ?? format(m.yearReview.defaultTitle, { year }),
      narrative: review?.narrative ?? {},
      figures,
      publishedAt: review?.publishedAt ?? null,
    },
    m,
    locale,
    appUrl('/'),
  )
  return new Response(md, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="daftar-year-in-review-${year}-${locale}.md"`,
      'Cache-Control': 'no-store',
    },
  })
}
