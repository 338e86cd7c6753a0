// An interview as a panelist sees it: when (Pakistan time), where or the call link, the panel,
// and the scorecard to record. Only the reviewer's own panels open; any other id is a 404.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime, joinList } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPanelInterview } from '@/lib/recruitment/queries/panel'
import { INTERVIEW_CRITERIA, RECOMMENDATIONS } from '@/lib/recruitment/schema/interview'
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField, TextAreaField } from '@/components/ui/form'
import { localName } from '@/lib/i18n/local-text'
import { panelScorecardAction } from '../../actions'

export const generateMetadata = titled((m) => m.recruitment.reviewer.panelsTitle)

const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))

export default async function PanelInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('interview:panel')
  const { m, locale } = await getI18n()
  const iv = await orNotFound(getPanelInterview(viewer, idParam((await params).id)))
  const t = m.recruitment.reviewer
  const d = m.recruitment.detail
  const link = iv.location && /^https?:\/\/\S+$/i.test(iv.location) ? iv.location : null
  return (
    <>
      <PageHeader
        title={fill(t.panelWith, { name: <UserText>{iv.application.applicant.name}</UserText> }, locale)}
        description={localName(locale)(iv.application.cycle)}
      />
      <p className="mb-4">
        <Link href="/review" className="font-medium text-emerald-800 underline">
          {t.panelBack}
        </Link>
      </p>
      <div className="space-y-6">
        <Card>
          <DefinitionList
            items={[
              [
                t.panelWhen,
                format(m.recruitment.apply.interviewAt, {
                  date: formatDateTime(iv.scheduledAt, locale),
                  minutes: iv.durationMinutes,
                  mode: m.recruitment.modes[iv.mode],
                }),
              ],
              [
                t.panelPlace,
                link ? (
                  <a href={link} className="text-emerald-800 underline" dir="ltr" rel="noreferrer">
                    {link}
                  </a>
                ) : (
                  <span dir="auto">{iv.location ?? '—'}</span>
                ),
              ],
              [
                t.panelMembers,
                joinList(
                  iv.panel.map((p) => p.user.name),
                  locale,
                ),
              ],
              [
                d.outcome,
                <Badge key="s" tone={iv.status === 'COMPLETED' ? 'good' : 'info'}>
                  {m.recruitment.interviewStatuses[iv.status]}
                </Badge>,
              ],
            ]}
          />
        </Card>
        {iv.status === 'CANCELLED' ? null : (
          <Card title={d.scorecard}>
            <ActionForm
              action={panelScorecardAction}
              submitLabel={d.saveScorecard}
              className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
              aria-label={d.scorecard}
            >
              <Hidden name="interviewId" value={iv.id} />
              <Hidden name="version" value={iv.version} />
              <SelectField
                name="status"
                label={d.outcome}
                required
                defaultValue={iv.status === 'SCHEDULED' ? 'COMPLETED' : iv.status}
                options={(['COMPLETED', 'NO_SHOW'] as const).map((s) => ({ value: s, label: m.recruitment.interviewStatuses[s] }))}
              />
              <SelectField
                name="recommendation"
                label={d.recommendation}
                placeholder={d.choose}
                defaultValue={iv.recommendation}
                options={RECOMMENDATIONS.map((r) => ({ value: r, label: d.recommendations[r] }))}
              />
              {INTERVIEW_CRITERIA.map((k) => (
                <SelectField
                  key={k}
                  name={k}
                  label={d.criteria[k]}
                  hint={d.scaleHint}
                  placeholder={d.choose}
                  defaultValue={iv.scorecard?.[k] ? String(iv.scorecard[k]) : undefined}
                  options={SCORES}
                />
              ))}
              <div className="md:col-span-2">
                <TextAreaField name="notes" label={d.notes} defaultValue={iv.notes} rows={3} />
              </div>
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  )
}
