import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { firstParam, orNotFound, uuidParam } from '@/lib/server/page'
import { getMyPeriod } from '@/lib/progress/queries'
import { lastDayOf } from '@/lib/progress/periods'
import { listComments } from '@/lib/comments/comments'
import { Badge, Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton, TextField } from '@/components/ui/form'
import { PeriodBadge } from '@/components/progress/badges'
import { UpdateBody } from '@/components/progress/update-body'
import { UpdateFields } from '@/components/progress/update-fields'
import { CorrectionHistory } from '@/components/progress/correction-history'
import { CommentThread } from '@/components/progress/comment-thread'
import { localName } from '@/lib/i18n/local-text'
import { addUpdateCommentAction, correctUpdateAction, saveUpdateAction } from '../../actions'

type Props = {
  params: Promise<{ fellowshipId: string; period: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = titled((m) => m.progress.updates.updateTitle)

export default async function FellowPeriodPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('update:write:own')
  const { m, locale } = await getI18n()
  const p = await params
  const fellowshipId = uuidParam(p.fellowshipId)
  const index = /^\d{1,4}$/.test(p.period) ? Number(p.period) : NaN
  if (!fellowshipId || Number.isNaN(index)) notFound()
  const v = await orNotFound(getMyPeriod(viewer, fellowshipId, index))
  const sp = await searchParams
  const submitted = v.update?.status === 'SUBMITTED'
  const justSubmitted = firstParam(sp.submitted) === '1' && submitted
  const justCorrected = firstParam(sp.corrected) === '1' && submitted
  const canCorrect = submitted && v.correction === null
  // The correction form is asked for by a link (works without JavaScript).
  const correcting = canCorrect && firstParam(sp.correct) === '1'
  const comments = submitted ? await listComments(viewer, 'update', v.update!.id) : []
  const t = m.progress.updates
  const day = (d: Date) => formatDate(d, locale)
  const when = (d: Date) => formatDateTime(d, locale)
  const lastOnTime = day(new Date(v.period.closesAt.getTime() - 1))
  const here = `/fellow/updates/${v.fellowship.id}/${index}`

  let note: string | null = null
  if (v.fellowship.status !== 'ACTIVE') note = t.inactive
  else if (v.phase === 'upcoming') note = format(t.notStarted, { date: day(v.period.start) })
  else if (v.canWrite) note = v.phase === 'closed' ? format(t.closedNote, { date: lastOnTime }) : format(t.openNote, { date: lastOnTime })
  else if (submitted)
    note =
      v.correction === 'reviewed' && v.update!.reviewedAt
        ? format(t.reviewedNote, { date: day(v.update!.reviewedAt) })
        : v.correction === null
          ? t.correctNote
          : t.correctionClosed

  return (
    <>
      <PageHeader
        title={`${format(m.progress.period, { n: index + 1 })}: ${format(m.progress.range, { start: day(v.period.start), end: day(lastDayOf(v.period)) })}`}
        description={`${localName(locale)(v.fellowship.cycle.programme)} — ${localName(locale)(v.fellowship.cycle)}`}
        actions={
          <LinkButton href="/fellow/updates" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        {justSubmitted ? (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
            {v.update!.late ? t.submittedLate : t.submittedOk}
          </p>
        ) : null}
        <Card>
          <p className="mb-2 flex flex-wrap items-center gap-2">
            <PeriodBadge status={v.status} labels={m.progress.statuses} />
            {v.update?.submittedAt ? (
              <span className="text-sm text-slate-700">{format(t.submittedAt, { date: when(v.update.submittedAt) })}</span>
            ) : null}
            {v.update?.correctedAt ? <Badge tone="info">{format(t.correctedOn, { date: when(v.update.correctedAt) })}</Badge> : null}
          </p>
          {note ? <p className="text-slate-800">{note}</p> : null}
        </Card>
        {justCorrected ? (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
            {t.corrected}
          </p>
        ) : null}
        {v.canWrite ? (
          <Card>
            <ActionForm action={saveUpdateAction} aria-label={t.title}>
              <Hidden name="fellowshipId" value={v.fellowship.id} />
              <Hidden name="periodIndex" value={index} />
              {v.update ? <Hidden name="version" value={v.update.version} /> : null}
              <UpdateFields update={v.update} t={t} />
              <div className="flex flex-wrap gap-3">
                <SubmitButton label={t.saveDraft} name="intent" value="draft" variant="secondary" />
                <SubmitButton label={t.submit} name="intent" value="submit" />
              </div>
            </ActionForm>
          </Card>
        ) : correcting ? (
          <Card title={t.correctTitle}>
            <p className="mb-4 text-slate-800">{t.correctHint}</p>
            <ActionForm action={correctUpdateAction} aria-label={t.correctTitle}>
              <Hidden name="updateId" value={v.update!.id} />
              <Hidden name="version" value={v.update!.version} />
              <UpdateFields update={v.update} t={t} />
              <TextField name="reason" label={t.reason} hint={t.reasonHint} dir="auto" />
              <div className="flex flex-wrap items-center gap-4">
                <SubmitButton label={t.saveCorrection} />
                <Link href={here} className="text-emerald-800 underline">
                  {t.cancel}
                </Link>
              </div>
            </ActionForm>
          </Card>
        ) : v.update ? (
          <Card>
            <UpdateBody update={v.update} labels={t} />
            {canCorrect ? (
              <p className="mt-4">
                <LinkButton href={`${here}?correct=1`} variant="secondary">
                  {t.correct}
                </LinkButton>
              </p>
            ) : null}
            <CorrectionHistory revisions={v.update.revisions} submittedAt={v.update.submittedAt} t={t} locale={locale} formatWhen={when} />
          </Card>
        ) : null}
        {submitted ? (
          <CommentThread
            comments={comments}
            target="update"
            targetId={v.update!.id}
            action={addUpdateCommentAction}
            labels={m.deliverables.comments}
            roleNames={m.common.roles}
            formatWhen={when}
          />
        ) : null}
      </div>
    </>
  )
}
