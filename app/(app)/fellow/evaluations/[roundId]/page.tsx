import type { Metadata } from 'next'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { getOwnRound } from '@/lib/evaluations/portal'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { AnswersView } from '@/components/evaluations/answers-view'
import { EvaluationForm } from '@/components/evaluations/evaluation-form'
import { EvaluationStatus } from '@/components/evaluations/status-badge'
import { saveOwnEvaluationAction } from '../actions'

type Props = { params: Promise<{ roundId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m, locale } = await getI18n()
  const viewer = await requirePermission('evaluation:write:own')
  const r = await getOwnRound(viewer, idParam((await params).roundId)).catch(() => null)
  return { title: r ? localText(locale, r.round.name, r.round.nameUr) : m.evaluations.fellow.title }
}

export default async function FellowEvaluationRoundPage({ params }: Props) {
  const viewer = await requirePermission('evaluation:write:own')
  const { m, locale } = await getI18n()
  const { round, department, forms, supervisor } = await orNotFound(getOwnRound(viewer, idParam((await params).roundId)))
  const t = m.evaluations
  return (
    <>
      <PageHeader
        title={localText(locale, round.name, round.nameUr)}
        description={`${localName(locale)(round.cycle)} · ${format(t.dueOn, { date: formatDate(round.dueAt, locale) }, locale)}`}
        actions={
          <LinkButton href="/fellow/evaluations" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        {forms.map((f) => (
          <Card
            key={f.direction}
            title={
              f.direction === 'DEPARTMENT' && department ? (
                <>
                  {t.directions.DEPARTMENT}: <UserText>{localName(locale)(department)}</UserText>
                </>
              ) : (
                t.directions[f.direction]
              )
            }
          >
            <div className="mb-3 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <EvaluationStatus status={f.evaluation?.status ?? 'MISSING'} labels={t.statuses} />
              {f.evaluation?.submittedAt
                ? format(t.form.submittedOn, { date: formatDate(f.evaluation.submittedAt, locale) }, locale)
                : null}
            </div>
            {f.canWrite ? (
              <EvaluationForm
                action={saveOwnEvaluationAction}
                hidden={{ roundId: round.id, direction: f.direction, version: f.evaluation?.version }}
                criteria={f.criteria}
                answers={f.evaluation?.answers ?? {}}
                locale={locale}
                labels={t.form}
                ariaLabel={t.directions[f.direction]}
              />
            ) : (
              <AnswersView criteria={f.criteria} answers={f.evaluation?.answers ?? {}} locale={locale} noAnswer={t.noAnswer} />
            )}
          </Card>
        ))}
        {round.directions.includes('DEPARTMENT') && !department ? <p className="text-slate-800">{t.fellow.notPlaced}</p> : null}
        {round.directions.includes('SUPERVISOR') ? (
          <Card title={t.fellow.supervisor}>
            {supervisor ? (
              <>
                {supervisor.submittedAt ? (
                  <p className="mb-3 text-sm text-slate-700">
                    {fill(
                      t.writtenBy,
                      { name: <UserText>{supervisor.author}</UserText>, date: formatDate(supervisor.submittedAt, locale) },
                      locale,
                    )}
                  </p>
                ) : null}
                <AnswersView criteria={supervisor.criteria} answers={supervisor.answers} locale={locale} noAnswer={t.noAnswer} />
              </>
            ) : (
              <p className="text-slate-800">{t.fellow.notReleased}</p>
            )}
          </Card>
        ) : null}
      </div>
    </>
  )
}
