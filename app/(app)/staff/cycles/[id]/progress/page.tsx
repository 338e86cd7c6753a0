import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound, uuidParam } from '@/lib/server/page'
import { complianceBoard } from '@/lib/progress/compliance'
import { previewCycleReminders } from '@/lib/progress/mutations/send-reminders'
import { listCycleProjects, pageDeliverables } from '@/lib/deliverables/queries'
import { isOverdue } from '@/lib/deliverables/status'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { SelectField } from '@/components/ui/form'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { fill, UserText } from '@/components/ui/user-text'
import { buttonClass } from '@/components/ui/styles'
import { DeliverableBadge } from '@/components/progress/badges'
import { localName } from '@/lib/i18n/local-text'
import { ComplianceGrid, GridLegend } from './_components/compliance-grid'
import { sendRemindersAction } from './actions'

export const generateMetadata = titled((m) => m.nav.staff.progress)

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function CycleProgressPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('compliance:read')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const sp = await searchParams
  const departmentId = uuidParam(firstParam(sp.department))
  const board = await orNotFound(complianceBoard(viewer, cycleId, { departmentId }))
  const boardHref = `/staff/cycles/${cycleId}/progress${departmentId ? `?department=${departmentId}` : ''}`
  // The confirmation lists exactly who "Send" emails: the department shown, nobody else.
  const recipients =
    firstParam(sp.remind) === '1' && board.cycle.status === 'ACTIVE' ? await previewCycleReminders(viewer, cycleId, { departmentId }) : null
  const departmentName = departmentId ? board.departments.find((x) => x.id === departmentId) : undefined
  const sentFellows = Number(firstParam(sp.sent))
  const sent =
    Number.isInteger(sentFellows) && sentFellows >= 0 && firstParam(sp.sent)
      ? { fellows: sentFellows, periods: Number(firstParam(sp.periods)) || 0 }
      : null
  const [list, projects] = await Promise.all([
    pageDeliverables(viewer, { cycleId, departmentId }, pageFrom(sp.page), undefined, 'recent'),
    listCycleProjects(viewer, cycleId, departmentId),
  ])
  const deliverables = list.rows
  const t = m.progress.compliance
  const d = m.deliverables
  const name = localName(locale)
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(board.cycle)}</UserText> }, locale)}
        description={name(board.cycle.programme)}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card>
          <p className="mb-4 max-w-3xl text-slate-800">{t.intro}</p>
          <form method="get" className="flex flex-wrap items-end gap-3">
            <SelectField
              name="department"
              label={t.department}
              defaultValue={departmentId ?? ''}
              placeholder={t.allDepartments}
              options={board.departments.map((x) => ({ value: x.id, label: name(x) }))}
            />
            <button type="submit" className={buttonClass.secondary}>
              {t.show}
            </button>
          </form>
        </Card>
        <Card title={m.nav.staff.progress}>
          {board.periods.length === 0 ? (
            <p className="text-slate-700">{t.noPeriods}</p>
          ) : board.rows.length === 0 ? (
            <p className="text-slate-700">{t.noFellows}</p>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">
                {format(t.periodsShown, { shown: board.periods.length, total: board.totalPeriods, closed: board.closed })}
              </p>
              <ComplianceGrid board={board} m={m} cycleId={cycleId} projectName={name} locale={locale} />
              <GridLegend m={m} />
              <p className="mt-3 font-medium">
                {t.onTime}: {board.totals.done} · {t.late}: {board.totals.late} · {t.missing}: {board.totals.missing}
              </p>
            </>
          )}
          <section id="reminders" aria-label={t.reminders} className="mt-5 border-t border-slate-200 pt-4">
            {sent ? (
              <p role="status" className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                {sent.periods ? format(t.remindersSent, sent, locale) : t.remindersNone}
              </p>
            ) : null}
            {board.cycle.status !== 'ACTIVE' ? (
              <p className="text-sm text-slate-700">{t.remindersInactive}</p>
            ) : recipients ? (
              recipients.length === 0 ? (
                <>
                  <p className="text-sm text-slate-700">{t.remindersNobody}</p>
                  <LinkButton href={boardHref} variant="secondary">
                    {t.remindersCancel}
                  </LinkButton>
                </>
              ) : (
                <ConfirmRecipients
                  action={sendRemindersAction}
                  level={3}
                  title={format(t.remindersConfirmTitle, { count: recipients.length }, locale)}
                  intro={
                    <>
                      {fill(
                        t.remindersConfirmScope,
                        { department: departmentName ? <UserText>{name(departmentName)}</UserText> : t.allDepartments },
                        locale,
                      )}{' '}
                      {t.remindersConfirmIntro}
                    </>
                  }
                  hidden={{ cycleId, departmentId }}
                  recipientsTitle={t.remindersRecipients}
                  name="fellowshipIds"
                  recipients={recipients.map((r) => ({
                    key: r.fellowshipId,
                    name: r.name,
                    label: fill(t.remindersPeriods, { name: <UserText>{r.name}</UserText>, n: r.periods }, locale),
                  }))}
                  confirmLabel={format(t.remindersConfirm, { count: recipients.length }, locale)}
                  cancelHref={boardHref}
                  cancelLabel={t.remindersCancel}
                />
              )
            ) : (
              <>
                <p className="mb-3 text-sm text-slate-700">{t.remindersHint}</p>
                <LinkButton href={`${boardHref}${departmentId ? '&' : '?'}remind=1#reminders`} variant="secondary">
                  {t.reminders}
                </LinkButton>
              </>
            )}
          </section>
        </Card>
        <Card title={t.deliverables}>
          {deliverables.length === 0 ? (
            <EmptyState>{t.noDeliverables}</EmptyState>
          ) : (
            <Table caption={t.deliverablesCaption} headers={[d.deliverable, d.project, d.due, d.status, d.latest]}>
              {deliverables.map((x) => (
                <tr key={x.id}>
                  <Td>
                    <Link
                      href={`/staff/cycles/${cycleId}/progress/deliverables/${x.id}`}
                      className="font-medium text-emerald-800 underline"
                    >
                      <UserText>{localName(locale)(x)}</UserText>
                    </Link>
                    <span className="block text-sm text-slate-700">{d.kinds[x.kind]}</span>
                  </Td>
                  <Td>
                    <UserText>{name(x.project)}</UserText>
                    <UserText className="block text-sm text-slate-700">{name(x.project.department)}</UserText>
                  </Td>
                  <Td>{x.dueDate ? formatDate(x.dueDate, locale) : d.noDue}</Td>
                  <Td>
                    <DeliverableBadge status={x.status} labels={d.statuses} overdue={isOverdue(x) ? d.overdue : undefined} />
                    {x.latest?.review ? (
                      <span className="mt-1 block text-sm text-slate-700">
                        {fill(
                          d.decisionBy,
                          {
                            decision: d.decisions[x.latest.review.decision],
                            name: <UserText>{x.latest.review.reviewer.name}</UserText>,
                            date: formatDateTime(x.latest.review.decidedAt, locale),
                          },
                          locale,
                        )}
                      </span>
                    ) : null}
                  </Td>
                  <Td>{x.latest ? format(d.versionShort, { n: x.latest.versionNumber }) : '—'}</Td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            basePath={`/staff/cycles/${cycleId}/progress`}
            params={{ department: departmentId }}
            m={m}
          />
        </Card>
        <Card title={t.projects}>
          {projects.length === 0 ? (
            <p className="text-slate-700">{m.home.partner.noProjects}</p>
          ) : (
            <ul className="space-y-2">
              {projects.map((p) => (
                <li key={p.id}>
                  <Link href={`/staff/cycles/${cycleId}/progress/projects/${p.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{name(p)}</UserText>
                  </Link>{' '}
                  <span className="text-sm text-slate-700">
                    — <UserText>{name(p.department)}</UserText> ·{' '}
                    {format(t.deliverableCount, { deliverables: p._count.deliverables, metrics: p._count.metrics }, locale)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  )
}
