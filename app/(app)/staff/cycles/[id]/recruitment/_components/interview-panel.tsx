// An application's interviews: schedule one (time in Pakistan time, panel, mode and place)
// and record each scorecard.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { StaffApplication } from '@/lib/recruitment/queries/application'
import { format } from '@/lib/i18n/define'
import { formatDateTime, formatNumber } from '@/lib/i18n/format'
import { ASSIGNABLE } from '@/lib/recruitment/stages'
import { INTERVIEW_CRITERIA, RECOMMENDATIONS } from '@/lib/recruitment/schema/interview'
import { Badge, Card, EmptyState } from '@/components/ui/basics'
import { fill, UserTextList } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { scheduleInterviewAction, scorecardAction } from '../_actions/decisions'

const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))

export function InterviewPanel({
  m,
  locale,
  a,
  pool,
}: {
  m: Messages
  locale: Locale
  a: StaffApplication
  pool: { id: string; name: string }[]
}) {
  const t = m.recruitment.detail
  return (
    <Card title={t.interviews}>
      {a.interviews.length === 0 ? <EmptyState>{t.noInterviews}</EmptyState> : null}
      <ul className="space-y-4">
        {a.interviews.map((iv) => (
          <li key={iv.id} className="rounded-md border border-slate-300 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{formatDateTime(iv.scheduledAt, locale)}</span>
              <Badge tone={iv.status === 'COMPLETED' ? 'good' : iv.status === 'SCHEDULED' ? 'info' : 'bad'}>
                {m.recruitment.interviewStatuses[iv.status]}
              </Badge>
              <span>{m.recruitment.modes[iv.mode]}</span>
              {iv.location ? <span dir="auto">· {iv.location}</span> : null}
              {iv.score !== null ? <span>· {format(t.interviewScore, { score: formatNumber(iv.score, locale, 2) })}</span> : null}
            </div>
            {iv.panel.length ? (
              <p className="mt-1 text-sm text-slate-700">
                {fill(t.panelOf, { names: <UserTextList items={iv.panel.map((p) => p.user.name)} locale={locale} /> }, locale)}
              </p>
            ) : null}
            {iv.recommendation ? (
              <p className="mt-1 text-sm">
                {t.recommendations[iv.recommendation as (typeof RECOMMENDATIONS)[number]] ?? iv.recommendation}
              </p>
            ) : null}
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                {t.scorecard}: {formatDateTime(iv.scheduledAt, locale)}
              </summary>
              <ActionForm
                action={scorecardAction}
                submitLabel={t.saveScorecard}
                className="mt-3 grid grid-cols-1 items-start gap-4 md:grid-cols-2"
                aria-label={t.scorecard}
              >
                <Hidden name="interviewId" value={iv.id} />
                <Hidden name="version" value={iv.version} />
                <SelectField
                  name="status"
                  label={t.outcome}
                  required
                  defaultValue={iv.status === 'SCHEDULED' ? 'COMPLETED' : iv.status}
                  options={(['COMPLETED', 'NO_SHOW', 'CANCELLED'] as const).map((s) => ({
                    value: s,
                    label: m.recruitment.interviewStatuses[s],
                  }))}
                />
                <SelectField
                  name="recommendation"
                  label={t.recommendation}
                  placeholder={t.choose}
                  defaultValue={iv.recommendation}
                  options={RECOMMENDATIONS.map((r) => ({ value: r, label: t.recommendations[r] }))}
                />
                {INTERVIEW_CRITERIA.map((k) => (
                  <SelectField
                    key={k}
                    name={k}
                    label={t.criteria[k]}
                    hint={t.scaleHint}
                    placeholder={t.choose}
                    defaultValue={iv.scorecard?.[k] ? String(iv.scorecard[k]) : undefined}
                    options={SCORES}
                  />
                ))}
                <div className="md:col-span-2">
                  <TextAreaField name="notes" label={t.notes} defaultValue={iv.notes} rows={3} />
                </div>
              </ActionForm>
            </details>
          </li>
        ))}
      </ul>
      {ASSIGNABLE.includes(a.stage) ? (
        <>
          <h3 className="mt-6 mb-2 font-semibold">{t.schedule}</h3>
          <ActionForm
            action={scheduleInterviewAction}
            submitLabel={t.scheduleSubmit}
            resetOnSuccess
            className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
            aria-label={t.schedule}
          >
            <Hidden name="applicationId" value={a.id} />
            <TextField name="scheduledAt" type="datetime-local" label={t.when} hint={m.recruitment.call.timesHint} required />
            <TextField name="durationMinutes" type="number" label={t.duration} required min={10} max={240} defaultValue={30} />
            <SelectField
              name="mode"
              label={t.mode}
              required
              defaultValue="IN_PERSON"
              options={(['IN_PERSON', 'VIDEO', 'PHONE'] as const).map((x) => ({ value: x, label: m.recruitment.modes[x] }))}
            />
            <TextField name="location" label={t.location} hint={t.locationHint} dir="auto" />
            <div className="md:col-span-2">
              <CheckboxGroup name="panelistIds" legend={t.panel} columns={3} options={pool.map((p) => ({ value: p.id, label: p.name }))} />
            </div>
          </ActionForm>
        </>
      ) : null}
    </Card>
  )
}
