// A published year in review as Markdown, in the reader's language.
import { getI18n } from '@/lib/i18n/server'
import { appUrl } from '@/lib/server/mailer'
import { getPublishedReport } from '@/lib/public/reports'
import { parseYear } from '@/lib/insight/year-review/schema'
import { yearReviewMarkdown } from '@/lib/insight/year-review/markdown'

export async function GET(_req: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = parseYear((await params).year)
  const r = year ? await getPublishedReport(year) : null
  if (!r) return new Response('Not found', { status: 404 })
  const { m, locale } = await getI18n()
  return new Response(yearReviewMarkdown(r, m, locale, appUrl('/')), {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="daftar-year-in-review-${r.year}-${locale}.md"`,
      'Cache-Control': 'public, max-age=300',
      Vary: 'Cookie',
    },
  })
}
