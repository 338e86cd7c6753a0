import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { listRounds } from '@/lib/evaluations/queries'
import { DIRECTIONS } from '@/lib/evaluations/schema'
import { Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { DirectionChecks } from '@/components/evaluations/direction-checks'
import { RoundState } from '@/components/evaluations/round-state'
import { createRoundAction } from './actions'

export const generateMetadata = titled((m) => m.evaluations.staff.title)

export default async function EvaluationRoundsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('evaluation:manage')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const { cycle, rounds } = await orNotFound(listRounds(viewer, cycleId))
  const t = m.evaluations
  return (
    <>
      <PageHeader
        title={t.staff.title}
        description={`${localName(locale)(cycle.programme)}, ${localName(locale)(cycle)}`}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <p className="max-w-3xl text-slate-800">{t.staff.intro}</p>
        {rounds.length === 0 ? (
          <EmptyState>{t.staff.none}</EmptyState>
        ) : (
          <Table caption={t.staff.caption} headers={[t.staff.nameHeader, t.due, t.staff.views, t.status, t.staff.progress]}>
            {rounds.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`/staff/cycles/${cycleId}/evaluations/${r.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{localText(locale, r.name, r.nameUr)}</UserText>
                  </Link>
                </Td>
                <Td>{formatDate(r.dueAt, locale)}</Td>
                <Td>{r.directions.map((d) => t.directionsShort[d]).join(', ')}</Td>
                <Td>
                  <RoundState round={r} labels={t.roundStates} />
                </Td>
                <Td>{format(t.staff.progressOf, { done: r.submitted, total: r.expected }, locale)}</Td>
              </tr>
            ))}
          </Table>
        )}
        {cycle.archivedAt ? null : (
          <Card title={t.staff.create}>
            <ActionForm action={createRoundAction} submitLabel={t.staff.createButton} aria-label={t.staff.create}>
              <Hidden name="cycleId" value={cycleId} />
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <TextField name="name" label={t.staff.name} required dir="ltr" />
                <TextField name="nameUr" label={t.staff.nameUr} required dir="rtl" />
                <TextField name="dueAt" type="date" label={t.staff.dueAt} required />
              </div>
              <DirectionChecks
                legend={t.staff.directions}
                options={DIRECTIONS.map((d) => ({ value: d, label: t.directions[d] }))}
                defaultChecked={[...DIRECTIONS]}
              />
            </ActionForm>
          </Card>
        )}
      </div>
    </>
  )
}
