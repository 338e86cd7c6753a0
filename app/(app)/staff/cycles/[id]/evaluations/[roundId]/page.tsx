import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, formatNumber, toKarachiLocal } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { getRound } from '@/lib/evaluations/queries'
import { DIRECTIONS, type Direction } from '@/lib/evaluations/schema'
import type { CriterionView } from '@/lib/evaluations/criteria'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import { Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField, TextField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'
import { AnswersView } from '@/components/evaluations/answers-view'
import { DirectionChecks } from '@/components/evaluations/direction-checks'
import { EvaluationStatus } from '@/components/evaluations/status-badge'
import { RoundState } from '@/components/evaluations/round-state'
import {
  deleteCriterionAction,
  editRoundAction,
  openRoundAction,
  releaseRoundAction,
  remindLateAction,
  saveCriterionAction,
} from '../actions'

type Props = { params: Promise<{ id: string; roundId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m, locale } = await getI18n()
  const viewer = await requirePermission('evaluation:manage')
  const r = await getRound(viewer, idParam((await params).roundId)).catch(() => null)
  return { title: r ? localText(locale, r.round.name, r.round.nameUr) : m.evaluations.staff.title }
}

export default async function EvaluationRoundPage({ params }: Props) {
  const viewer = await requirePermission('evaluation:manage')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const { round, editable, fellows, departments, counts } = await orNotFound(getRound(viewer, idParam(p.roundId)))
  if (round.cycleId !== cycleId) notFound()
  const t = m.evaluations
  const s = t.staff
  const name = localText(locale, round.name, round.nameUr)
  const asked = DIRECTIONS.filter((d) => round.directions.includes(d))
  const step = { roundId: round.id, version: round.version }
  const due = round.dueAt <= new Date()
  const label = (c: { label: string; labelUr: string }) => localText(locale, c.label, c.labelUr)
  return (
    <>
      <PageHeader
        title={name}
        description={`${localName(locale)(round.cycle.programme)}, ${localName(locale)(round.cycle)}`}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/evaluations`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card title={s.steps}>
          <div className="mb-4 flex flex-wrap items-center gap-3 text-slate-800">
            <RoundState round={round} labels={t.roundStates} />
            <span>{format(t.dueOn, { date: formatDate(round.dueAt, locale) }, locale)}</span>
            <span>{asked.map((d) => t.directionsShort[d]).join(', ')}</span>
          </div>
          <div className="space-y-4">
            {!round.openedAt ? <StepForm action={openRoundAction} hidden={step} label={s.openButton} hint={s.openHint} /> : null}
            {round.openedAt && !round.releasedAt && round.directions.includes('SUPERVISOR') ? (
              <StepForm action={releaseRoundAction} hidden={step} label={s.releaseButton} hint={s.releaseHint} />
            ) : null}
            {round.releasedAt ? (
              <p className="text-slate-800">{format(s.releasedOn, { date: formatDateTime(round.releasedAt, locale) }, locale)}</p>
            ) : null}
            {round.openedAt ? (
              due ? (
                <StepForm action={remindLateAction} hidden={{ roundId: round.id }} label={s.remindButton} hint={s.remindHint} secondary />
              ) : (
                <p className="text-sm text-slate-700">{s.remindNotDue}</p>
              )
            ) : null}
          </div>
        </Card>

        <Card title={s.edit}>
          <ActionForm action={editRoundAction} submitLabel={m.common.save} aria-label={s.edit}>
            <Hidden name="roundId" value={round.id} />
            <Hidden name="version" value={round.version} />
            <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <TextField name="name" label={s.name} required dir="ltr" defaultValue={round.name} />
              <TextField name="nameUr" label={s.nameUr} required dir="rtl" defaultValue={round.nameUr} />
              <TextField name="dueAt" type="date" label={s.dueAt} required defaultValue={toKarachiLocal(round.dueAt, false)} />
            </div>
          </ActionForm>
        </Card>

        <Card title={s.criteria}>
          {editable ? null : <p className="mb-4 text-slate-800">{s.criteriaLocked}</p>}
          {asked.map((d) => {
            const cs = round.criteria.filter((c) => c.direction === d)
            return (
              <section key={d} className="mb-5">
                <h3 className="mb-2 font-semibold text-slate-900">{t.directions[d]}</h3>
                {cs.length === 0 ? (
                  <p className="text-sm text-slate-700">{s.noCriteria}</p>
                ) : (
                  <ol className="list-decimal space-y-2 ps-6">
                    {cs.map((c) => (
                      <li key={c.id} className="text-slate-800">
                        <UserText className="font-medium">{label(c)}</UserText>{' '}
                        <span className="text-sm text-slate-600">({t.kinds[c.kind]})</span>
                        {c.kind === 'SCALE' ? (
                          <ul className="mt-1 text-sm text-slate-700">
                            {c.anchors.map((a, i) => (
                              <li key={i}>
                                {i + 1}: <UserText>{localText(locale, a.en, a.ur)}</UserText>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        {editable ? (
                          <details className="mt-1">
                            <summary className="cursor-pointer text-sm font-medium text-emerald-800 underline">
                              {format(s.editLabel, { label: label(c) }, locale)}
                            </summary>
                            <div className="mt-2 rounded-md border border-slate-300 p-3">
                              <CriterionForm m={m} locale={locale} round={round} asked={asked} criterion={c} />
                            </div>
                          </details>
                        ) : null}
                        {editable ? (
                          <ActionForm
                            action={deleteCriterionAction}
                            submitLabel={s.remove}
                            submitVariant="secondary"
                            aria-label={format(s.removeLabel, { label: label(c) }, locale)}
                            className="mt-1"
                          >
                            <Hidden name="roundId" value={round.id} />
                            <Hidden name="version" value={round.version} />
                            <Hidden name="criterionId" value={c.id} />
                          </ActionForm>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            )
          })}
          {editable ? (
            <section className="border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold text-slate-900">{s.addCriterion}</h3>
              <CriterionForm m={m} locale={locale} round={round} asked={asked} />
            </section>
          ) : null}
        </Card>

        <Card title={s.progressHeading}>
          <p className="mb-4 text-slate-800">{format(s.progressSummary, counts, locale)}</p>
          {fellows.length === 0 ? (
            <EmptyState>{s.noFellows}</EmptyState>
          ) : (
            <Table caption={s.progressHeading} headers={[t.fellowHeader, t.department, ...asked.map((d) => t.directionsShort[d])]}>
              {fellows.map((f) => (
                <tr key={f.fellowshipId}>
                  <Td>{f.name}</Td>
                  <Td>{f.department ? localName(locale)(f.department) : '—'}</Td>
                  {asked.map((d) => (
                    <Td key={d}>{f.views[d] ? <EvaluationStatus status={f.views[d].status} labels={t.statuses} /> : s.notAsked}</Td>
                  ))}
                </tr>
              ))}
            </Table>
          )}
        </Card>

        {round.openedAt && fellows.length ? (
          <Card title={s.sideBySide}>
            <div className="space-y-3">
              {fellows.map((f) => (
                <details key={f.fellowshipId} className="rounded-md border border-slate-300 p-3">
                  <summary className="cursor-pointer font-medium text-slate-900">
                    <UserText>{f.name}</UserText>
                    {f.department ? (
                      <span className="font-normal text-slate-700">
                        {' · '}
                        <UserText>{localName(locale)(f.department)}</UserText>
                      </span>
                    ) : null}
                  </summary>
                  <div className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-3">
                    {asked.map((d) => {
                      const v = f.views[d]
                      return (
                        <section key={d} aria-label={`${t.directions[d]}: ${f.name}`} className="rounded-md bg-slate-50 p-3">
                          <h3 className="mb-2 font-semibold text-slate-900">{t.directionsShort[d]}</h3>
                          {!v ? (
                            <p className="text-sm text-slate-700">{s.notAsked}</p>
                          ) : v.status === 'SUBMITTED' ? (
                            <>
                              {v.author && v.submittedAt ? (
                                <p className="mb-2 text-sm text-slate-700">
                                  {fill(
                                    t.writtenBy,
                                    { name: <UserText>{v.author}</UserText>, date: formatDate(v.submittedAt, locale) },
                                    locale,
                                  )}
                                </p>
                              ) : null}
                              <AnswersView
                                criteria={round.criteria.filter((c) => c.direction === d)}
                                answers={v.answers}
                                locale={locale}
                                noAnswer={t.noAnswer}
                              />
                            </>
                          ) : (
                            <EvaluationStatus status={v.status} labels={t.statuses} />
                          )}
                        </section>
                      )
                    })}
                  </div>
                </details>
              ))}
            </div>
          </Card>
        ) : null}

        {round.openedAt && departments.length ? (
          <Card title={s.byDepartment}>
            <Table caption={s.byDepartmentCaption} headers={[t.department, s.criteria, s.views, t.mean, t.answers]}>
              {departments.flatMap((d) =>
                d.criteria.map((c, i) => {
                  const crit = round.criteria.find((x) => x.id === c.criterionId)!
                  return (
                    <tr key={`${d.department.id}-${c.criterionId}`}>
                      <Td>{i === 0 ? localName(locale)(d.department) : ''}</Td>
                      <Td>{label(crit)}</Td>
                      <Td>{t.directionsShort[crit.direction]}</Td>
                      <Td>{c.mean === null ? '—' : formatNumber(c.mean, locale, 1)}</Td>
                      <Td>{formatNumber(c.n, locale)}</Td>
                    </tr>
                  )
                }),
              )}
            </Table>
          </Card>
        ) : null}
      </div>
    </>
  )
}

/** Adding a criterion to one or more views, or editing one (its view stays). */
function CriterionForm({
  m,
  locale,
  round,
  asked,
  criterion,
}: {
  m: Messages
  locale: Locale
  round: { id: string; version: number }
  asked: Direction[]
  criterion?: CriterionView
}) {
  const t = m.evaluations
  const s = t.staff
  const name = criterion ? format(s.editLabel, { label: localText(locale, criterion.label, criterion.labelUr) }, locale) : s.addCriterion
  return (
    <ActionForm
      action={saveCriterionAction}
      submitLabel={criterion ? m.common.save : s.addButton}
      aria-label={name}
      resetOnSuccess={!criterion}
    >
      <Hidden name="roundId" value={round.id} />
      <Hidden name="version" value={round.version} />
      {criterion ? (
        <>
          <Hidden name="criterionId" value={criterion.id} />
          <Hidden name="directions" value={criterion.direction} />
        </>
      ) : (
        <DirectionChecks
          legend={s.criterionDirections}
          options={asked.map((d) => ({ value: d, label: t.directions[d] }))}
          defaultChecked={[...asked]}
        />
      )}
      <SelectField
        name="kind"
        label={s.kind}
        required
        defaultValue={criterion?.kind ?? 'SCALE'}
        options={(['SCALE', 'QUESTION'] as const).map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField name="label" label={s.label} required dir="ltr" defaultValue={criterion?.label} />
        <TextField name="labelUr" label={s.labelUr} required dir="rtl" defaultValue={criterion?.labelUr} />
      </div>
      <p className="text-sm text-slate-700">{s.anchorsHint}</p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {([1, 2, 3, 4, 5] as const).flatMap((n) => [
          <TextField
            key={`e${n}`}
            name={`anchor${n}`}
            label={format(s.anchor, { n }, locale)}
            dir="ltr"
            defaultValue={criterion?.anchors[n - 1]?.en}
          />,
          <TextField
            key={`u${n}`}
            name={`anchor${n}Ur`}
            label={format(s.anchorUr, { n }, locale)}
            dir="rtl"
            defaultValue={criterion?.anchors[n - 1]?.ur}
          />,
        ])}
      </div>
    </ActionForm>
  )
}

function StepForm({
  action,
  hidden,
  label,
  hint,
  secondary,
}: {
  action: Parameters<typeof ActionForm>[0]['action']
  hidden: Record<string, string | number>
  label: string
  hint: string
  secondary?: boolean
}) {
  return (
    <ActionForm action={action} submitLabel={label} submitVariant={secondary ? 'secondary' : 'primary'} aria-label={label}>
      <p className="text-sm text-slate-700">{hint}</p>
      {Object.entries(hidden).map(([k, v]) => (
        <Hidden key={k} name={k} value={v} />
      ))}
    </ActionForm>
  )
}
