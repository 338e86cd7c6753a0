import { notFound } from 'next/navigation'
import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { firstParam, orNotFound, uuidParam } from '@/lib/server/page'
import { getMyPeriod } from '@/lib/progress/queries'
import { lastDayOf } from '@/lib/progress/periods'
import { listComments } from '@/lib/comments/comments'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton, TextAreaField, TextField } from '@/components/ui/form'
import { PeriodBadge } from '@/components/progress/badges'
import { UpdateBody } from '@/components/progress/update-body'
import { CommentThread } from '@/components/progress/comment-thread'
import { localName } from '@/components/progress/names'
import { addUpdateCommentAction, saveUpdateAction } from '../../actions'

type Props = { params: Promise<{ fellowshipId: string; period: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const generateMetadata = titled((m) => m.progress.updates.updateTitle)

export default async function FellowPeriodPage({ params, searchParams }: Props) {
  const viewer = await requireRole('FELLOW')
  const { m, locale } = await getI18n()
  const p = await params
  const fellowshipId = uuidParam(p.fellowshipId)
  const index = /^\d{1,4}$/.test(p.period) ? Number(p.period) : NaN
  if (!fellowshipId || Number.isNaN(index)) notFound()
  const v = await orNotFound(getMyPeriod(viewer, fellowshipId, index))
  const justSubmitted = firstParam((await searchParams).submitted) === '1' && v.update?.status === 'SUBMITTED'
  const comments = v.update?.status === 'SUBMITTED' ? await listComments(viewer, 'update', v.update.id) : []
  const t = m.progress.updates
  const day = (d: Date) => formatDate(d, locale)
  const lastOnTime = day(new Date(v.period.closesAt.getTime() - 1))
  const submitted = v.update?.status === 'SUBMITTED'

  let note: string | null = null
  if (v.fellowship.status !== 'ACTIVE') note = t.inactive
  else if (v.phase === 'upcoming') note = format(t.notStarted, { date: day(v.period.start) })
  else if (v.canWrite) note = v.phase === 'closed' ? format(t.closedNote, { date: lastOnTime }) : format(t.openNote, { date: lastOnTime })
  else if (submitted) note = format(t.lockedNote, { date: lastOnTime })

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
            {v.update?.submittedAt ? <span className="text-sm text-slate-700">{format(t.submittedAt, { date: formatDateTime(v.update.submittedAt, locale) })}</span> : null}
          </p>
          {note ? <p className="text-slate-800">{note}</p> : null}
        </Card>
        {v.canWrite ? (
          <Card>
            <ActionForm action={saveUpdateAction} aria-label={t.title}>
              <Hidden name="fellowshipId" value={v.fellowship.id} />
              <Hidden name="periodIndex" value={index} />
              {v.update ? <Hidden name="version" value={v.update.version} /> : null}
              <TextAreaField name="accomplishments" label={t.accomplishments} hint={t.accomplishmentsHint} required rows={6} defaultValue={v.update?.accomplishments} />
              <TextAreaField name="blockers" label={t.blockers} hint={t.blockersHint} rows={3} defaultValue={v.update?.blockers} />
              <TextAreaField name="nextSteps" label={t.nextSteps} rows={3} defaultValue={v.update?.nextSteps} />
              <TextField name="hours" type="number" label={t.hours} min={0} max={500} defaultValue={v.update?.hours} />
              <TextAreaField name="links" label={t.links} hint={t.linksHint} rows={3} dir="ltr" defaultValue={v.update?.links.join('\n')} />
              <div className="flex flex-wrap gap-3">
                {submitted ? (
                  <SubmitButton label={t.saveChanges} name="intent" value="submit" />
                ) : (
                  <>
                    <SubmitButton label={t.saveDraft} name="intent" value="draft" variant="secondary" />
                    <SubmitButton label={t.submit} name="intent" value="submit" />
                  </>
                )}
              </div>
            </ActionForm>
          </Card>
        ) : v.update ? (
          <Card>
            <UpdateBody update={v.update} labels={t} />
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
            formatWhen={(d) => formatDateTime(d, locale)}
          />
        ) : null}
      </div>
    </>
  )
}
