import type { Metadata } from 'next'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localText } from '@/lib/i18n/local-text'
import { getSupervisorForm } from '@/lib/evaluations/portal'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { AnswersView } from '@/components/evaluations/answers-view'
import { EvaluationForm } from '@/components/evaluations/evaluation-form'
import { EvaluationStatus } from '@/components/evaluations/status-badge'
import { saveSupervisorEvaluationAction } from '../../actions'

type Props = { params: Promise<{ roundId: string; fellowshipId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m, locale } = await getI18n()
  const viewer = await requirePermission('evaluation:write:department')
  const p = await params
  const r = await getSupervisorForm(viewer, idParam(p.roundId), idParam(p.fellowshipId)).catch(() => null)
  return { title: r ? format(m.evaluations.partner.formTitle, { name: r.fellow.name }, locale) : m.evaluations.partner.title }
}

export default async function SupervisorEvaluationPage({ params }: Props) {
  const viewer = await requirePermission('evaluation:write:department')
  const { m, locale } = await getI18n()
  const p = await params
  const { round, fellow, criteria, evaluation, canWrite } = await orNotFound(
    getSupervisorForm(viewer, idParam(p.roundId), idParam(p.fellowshipId)),
  )
  const t = m.evaluations
  return (
    <>
      <PageHeader
        title={fill(t.partner.formTitle, { name: <UserText>{fellow.name}</UserText> }, locale)}
        description={`${localText(locale, round.name, round.nameUr)} · ${format(t.dueOn, { date: formatDate(round.dueAt, locale) }, locale)}`}
        actions={
          <LinkButton href={`/partner/evaluations/${round.id}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <Card title={t.directions.SUPERVISOR}>
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <EvaluationStatus status={evaluation?.status ?? 'MISSING'} labels={t.statuses} />
          {evaluation?.submittedAt
            ? fill(
                t.writtenBy,
                { name: <UserText>{evaluation.author}</UserText>, date: formatDate(evaluation.submittedAt, locale) },
                locale,
              )
            : null}
        </div>
        {canWrite ? (
          <EvaluationForm
            action={saveSupervisorEvaluationAction}
            hidden={{ roundId: round.id, fellowshipId: fellow.fellowshipId, version: evaluation?.version }}
            criteria={criteria}
            answers={evaluation?.answers ?? {}}
            locale={locale}
            labels={t.form}
            ariaLabel={format(t.partner.formTitle, { name: fellow.name }, locale)}
          />
        ) : (
          <>
            {evaluation?.status === 'SUBMITTED' ? <p className="mb-3 text-slate-800">{t.partner.readOnly}</p> : null}
            <AnswersView criteria={criteria} answers={evaluation?.answers ?? {}} locale={locale} noAnswer={t.noAnswer} />
          </>
        )}
      </Card>
    </>
  )
}
