// One year's review for staff: the report as it will read (print-ready), the narrative form,
// publication, and the Markdown export.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { localName } from '@/lib/i18n/local-text'
import { format } from '@/lib/i18n/define'
import { getYearReview, listPublishRecipients } from '@/lib/insight/year-review/queries'
import { firstParam } from '@/lib/server/page'
import { NARRATIVE_SECTIONS, parseYear } from '@/lib/insight/year-review/schema'
import { Badge, Card, LinkButton } from '@/components/ui/basics'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { buttonClass } from '@/components/ui/styles'
import { PrintButton } from '@/components/placement/print-button'
import { PRINT_CSS, YearReport } from '@/components/insight/year-report'
import { publishYearReviewAction, saveYearReviewAction } from '../actions'

// The year, not the review's own title: a title costs no query.
export async function generateMetadata({ params }: { params: Promise<{ year: string }> }): Promise<Metadata> {
  const { m } = await getI18n()
  const year = parseYear((await params).year)
  return { title: year ? `${m.yearReview.list.title} ${year}` : m.yearReview.list.title }
}

export default async function YearReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('report:manage')
  const { m, locale } = await getI18n()
  const year = parseYear((await params).year)
  if (!year) notFound()
  const { review, figures } = await getYearReview(viewer, year)
  const t = m.yearReview
  const title = review?.title ?? format(t.defaultTitle, { year })
  const published = review?.status === 'PUBLISHED'
  const here = `/staff/insight/year-review/${year}`
  const sp = await searchParams
  const confirming = firstParam(sp.confirm) === 'publish'
  const done = firstParam(sp.done)
  const tell = review && !published ? await listPublishRecipients(viewer) : []
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <Badge tone={published ? 'good' : 'neutral'}>{review ? t.status[review.status] : t.list.none}</Badge>
        <PrintButton label={t.actions.print} />
        <a href={`/staff/insight/year-review/${year}/markdown`} className={buttonClass.secondary} download>
          {t.actions.markdown}
        </a>
        {published ? (
          <Link href={`/reports/${year}`} className="font-medium text-emerald-800 underline">
            {t.actions.publicPage}
          </Link>
        ) : null}
      </div>

      <YearReport
        title={review ? localName(locale)(review) : title}
        narrative={review?.narrative ?? {}}
        figures={figures}
        publishedAt={review?.publishedAt ?? null}
        audience="staff"
        m={m}
        locale={locale}
      />

      <div className="no-print mt-10 space-y-6">
        <Card title={t.edit.title}>
          <p className="mb-4 text-sm text-slate-700">{t.edit.intro}</p>
          {published ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t.edit.liveEditNote}</p> : null}
          <ActionForm action={saveYearReviewAction} submitLabel={t.edit.save} aria-label={t.edit.title}>
            <Hidden name="year" value={year} />
            {review ? <Hidden name="version" value={review.version} /> : null}
            <div className="grid gap-4 lg:grid-cols-2">
              <TextField
                name="title"
                label={format(t.edit.english, { section: t.edit.titleField })}
                required
                defaultValue={title}
                dir="ltr"
              />
              <TextField
                name="titleUr"
                label={format(t.edit.urdu, { section: t.edit.titleField })}
                defaultValue={review?.titleUr}
                dir="rtl"
              />
            </div>
            {NARRATIVE_SECTIONS.map((s) => (
              <div key={s} className="grid gap-4 lg:grid-cols-2">
                <TextAreaField
                  name={s}
                  label={format(t.edit.english, { section: t.edit.sections[s] })}
                  defaultValue={review?.narrative[s]?.en}
                  rows={4}
                  dir="ltr"
                />
                <TextAreaField
                  name={`${s}Ur`}
                  label={format(t.edit.urdu, { section: t.edit.sections[s] })}
                  defaultValue={review?.narrative[s]?.ur}
                  rows={4}
                  dir="rtl"
                />
              </div>
            ))}
          </ActionForm>
        </Card>
        <section id="publish" aria-label={published ? t.edit.unpublish : t.edit.publish}>
          <Card title={published ? t.edit.unpublish : t.edit.publish}>
            {review ? (
              <>
                {done === 'publish' || done === 'unpublish' ? (
                  <p role="status" className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                    {done === 'publish' ? t.edit.published : t.edit.unpublished}
                  </p>
                ) : null}
                <p className="mb-3 text-sm text-slate-700">{format(t.edit.publishHint, { url: `/reports/${year}` })}</p>
                {published || !tell.length ? (
                  <ActionForm
                    action={publishYearReviewAction}
                    submitLabel={published ? t.edit.unpublish : t.edit.publish}
                    submitVariant={published ? 'secondary' : 'primary'}
                    aria-label={published ? t.edit.unpublish : t.edit.publish}
                  >
                    <Hidden name="year" value={year} />
                    <Hidden name="version" value={review.version} />
                    <Hidden name="publish" value={published ? 'unpublish' : 'publish'} />
                  </ActionForm>
                ) : confirming ? (
                  // Publishing emails the other administrators: listed first, asked once.
                  <ConfirmRecipients
                    action={publishYearReviewAction}
                    level={3}
                    title={format(t.edit.publishConfirmTitle, { count: tell.length }, locale)}
                    intro={t.edit.publishConfirmIntro}
                    hidden={{ year, version: review.version, publish: 'publish' }}
                    recipientsTitle={t.edit.publishRecipients}
                    name="notifyIds"
                    recipients={tell.map((a) => ({ key: a.id, name: a.name, email: a.email }))}
                    confirmLabel={format(t.edit.publishConfirmButton, { count: tell.length }, locale)}
                    cancelHref={here}
                    cancelLabel={t.edit.publishCancel}
                  />
                ) : (
                  <LinkButton href={`${here}?confirm=publish#publish`}>{t.edit.publish}</LinkButton>
                )}
              </>
            ) : (
              <p className="text-sm text-slate-700">{t.edit.saveFirst}</p>
            )}
          </Card>
        </section>
      </div>
    </>
  )
}
