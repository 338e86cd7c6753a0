import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDate } from '@/lib/i18n/format'
import { listCycles } from '@/lib/cycles/queries'
import { CYCLE_FLOW } from '@/lib/cycles/schema'
import { Badge, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.cycles.title)

export default async function CyclesPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const viewer = await requirePermission('cycle:manage')
  const { m, locale } = await getI18n()
  const { status } = await searchParams
  const st = CYCLE_FLOW.find((s) => s === status)
  const rows = await listCycles(viewer, { status: st })
  const t = m.admin.cycles
  return (
    <>
      <PageHeader title={t.title} description={t.intro} actions={<LinkButton href="/staff/cycles/new">{t.new}</LinkButton>} />
      <nav aria-label={m.common.filter} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href="/staff/cycles"
          aria-current={!st ? 'page' : undefined}
          className={`rounded-full px-3 py-1 ${!st ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
        >
          {m.common.all}
        </Link>
        {CYCLE_FLOW.map((s) => (
          <Link
            key={s}
            href={`/staff/cycles?status=${s}`}
            aria-current={st === s ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${st === s ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
          >
            {m.common.cycleStatuses[s]}
          </Link>
        ))}
      </nav>
      <Table caption={t.title} headers={[t.programme, m.common.name, m.common.status, t.dates, t.fellows, t.applications]}>
        {rows.map((c) => (
          <tr key={c.id}>
            <Td>{localText(locale, c.programme.name, c.programme.nameUr)}</Td>
            <Td>
              <Link href={`/staff/cycles/${c.id}`} className="font-medium text-emerald-800 underline">
                <UserText>{c.name}</UserText>
              </Link>
            </Td>
            <Td>
              <Badge tone={c.status === 'ACTIVE' ? 'good' : c.status === 'COMPLETED' ? 'neutral' : 'info'}>
                {m.common.cycleStatuses[c.status]}
              </Badge>
            </Td>
            <Td>
              {formatDate(c.startDate, locale)} – {formatDate(c.endDate, locale)}
            </Td>
            <Td>
              {c._count.fellowships} / {c.targetFellowCount}
            </Td>
            <Td>{c._count.applications}</Td>
          </tr>
        ))}
      </Table>
    </>
  )
}
