import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getCycle } from '@/lib/cycles/queries'
import { CYCLE_FLOW, canMoveCycle } from '@/lib/cycles/schema'
import { cycleSections } from '@/lib/cycles/sections'
import { contactOptions, departmentOptions } from '@/lib/departments/queries'
import { Badge, Card, DefinitionList, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField, TextField } from '@/components/ui/form'
import { ArchiveButton } from '@/components/ui/archive-button'
import { CycleForm } from '../_components/cycle-form'
import { archiveCycleAction, removeParticipationAction, saveParticipationAction, setCycleStatusAction, updateCycleAction } from '../actions'
import { localText } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.admin.cycles.detail)

export default async function CyclePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('cycle:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const c = await orNotFound(getCycle(viewer, id))
  const [depts, contacts] = await Promise.all([departmentOptions(viewer), contactOptions(viewer)])
  const t = m.admin.cycles
  const seats = c.departments.reduce((s, d) => s + d.seatsRequested, 0)
  const moves = CYCLE_FLOW.filter((s) => canMoveCycle(c.status, s))
  const deptName = (d: { name: string; nameUr: string | null }) => localText(locale, d.name, d.nameUr)
  return (
    <>
      <PageHeader title={c.name} description={localText(locale, c.programme.name, c.programme.nameUr)} />
      {c.archivedAt ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-amber-900">{t.archivedNote}</p> : null}
      {c.carriedFrom ? (
        <p className="mb-4 text-slate-700">
          {fill(
            m.staffTools.carry.copiedFrom,
            {
              cycle: (
                <Link href={`/staff/cycles/${c.carriedFrom.id}`} className="font-medium text-emerald-800 underline">
                  <UserText>{`${localText(locale, c.carriedFrom.programme.name, c.carriedFrom.programme.nameUr)} — ${localText(locale, c.carriedFrom.name, c.carriedFrom.nameUr)}`}</UserText>
                </Link>
              ),
            },
            locale,
          )}
        </p>
      ) : null}
      <div className="space-y-6">
        <Card title={t.stage}>
          <div className="mb-3 flex items-center gap-2">
            <Badge tone="info">{m.common.cycleStatuses[c.status]}</Badge>
          </div>
          <ol className="mb-4 flex flex-wrap gap-2 text-sm" aria-label={t.stage}>
            {CYCLE_FLOW.map((s) => (
              <li
                key={s}
                aria-current={s === c.status ? 'step' : undefined}
                className={`rounded px-2 py-1 ${s === c.status ? 'bg-emerald-800 text-white' : 'bg-slate-100 text-slate-800'}`}
              >
                {m.common.cycleStatuses[s]}
              </li>
            ))}
          </ol>
          <p className="mb-3 text-sm text-slate-700">{t.stageHelp}</p>
          <div className="flex flex-wrap gap-3">
            {moves.map((s) => (
              <ActionForm
                key={s}
                action={setCycleStatusAction}
                submitLabel={format(t.moveTo, { status: m.common.cycleStatuses[s] })}
                submitVariant="secondary"
                className="space-y-2"
              >
                <Hidden name="id" value={c.id} />
                <Hidden name="version" value={c.version} />
                <Hidden name="status" value={s} />
              </ActionForm>
            ))}
          </div>
          {cycleSections.length ? (
            <ul className="mt-4 flex flex-wrap gap-4">
              {cycleSections.map((s) => (
                <li key={s.href(c.id)}>
                  <Link href={s.href(c.id)} className="font-medium text-emerald-800 underline">
                    {s.label(m)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card>
          <DefinitionList
            items={[
              [t.opensAt, formatDateTime(c.applicationsOpenAt, locale)],
              [t.closesAt, formatDateTime(c.applicationsCloseAt, locale)],
              [t.startDate, formatDate(c.startDate, locale)],
              [t.endDate, formatDate(c.endDate, locale)],
              [t.fellows, `${c._count.fellowships} / ${c.targetFellowCount}`],
              [t.applications, String(c._count.applications)],
              [t.projects, String(c._count.projects)],
              [t.cadence, m.common.cadences[c.reportingCadence]],
            ]}
          />
        </Card>
        <Card title={t.departments}>
          <p className="mb-3 text-sm text-slate-700">{t.departmentsIntro}</p>
          <p className="mb-3 font-medium">{format(t.totalSeats, { seats, target: c.targetFellowCount })}</p>
          {c.departments.length ? (
            <Table caption={t.departments} headers={[t.department, t.seats, t.focalPerson, m.common.actions]}>
              {c.departments.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <Link href={`/staff/departments/${d.department.id}`} className="text-emerald-800 underline">
                      {deptName(d.department)}
                    </Link>
                  </Td>
                  <Td>{d.seatsRequested}</Td>
                  <Td>{d.focalPerson?.name ?? t.noFocal}</Td>
                  <Td>
                    <ActionForm
                      action={removeParticipationAction}
                      submitLabel={m.common.remove}
                      submitVariant="secondary"
                      className="space-y-1"
                      aria-label={`${m.common.remove}: ${d.department.name}`}
                    >
                      <Hidden name="cycleId" value={c.id} />
                      <Hidden name="departmentId" value={d.department.id} />
                    </ActionForm>
                  </Td>
                </tr>
              ))}
            </Table>
          ) : null}
          <h3 className="mt-5 mb-2 font-semibold">{t.addDepartment}</h3>
          <ActionForm
            action={saveParticipationAction}
            submitLabel={m.common.save}
            className="grid grid-cols-1 items-end gap-4 md:grid-cols-3"
            aria-label={t.addDepartment}
          >
            <Hidden name="cycleId" value={c.id} />
            <SelectField
              name="departmentId"
              label={t.department}
              required
              placeholder={t.chooseDepartment}
              options={depts.map((d) => ({ value: d.id, label: deptName(d) }))}
            />
            <TextField name="seatsRequested" type="number" label={t.seats} required min={0} defaultValue={1} />
            <SelectField
              name="focalPersonId"
              label={t.focalPerson}
              hint={t.focalPersonHint}
              placeholder={t.noFocal}
              options={contacts.map((p) => ({ value: p.id, label: `${p.name} — ${p.department.name}` }))}
            />
          </ActionForm>
        </Card>
        <Card title={t.edit}>
          <CycleForm m={m} action={updateCycleAction} cycle={c} submitLabel={m.common.save} />
        </Card>
        <ArchiveButton
          id={c.id}
          archived={!!c.archivedAt}
          action={archiveCycleAction}
          labels={{ archive: m.common.archive, restore: m.common.restore }}
        />
      </div>
    </>
  )
}
