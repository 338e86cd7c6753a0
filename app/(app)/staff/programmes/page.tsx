import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { listProgrammes } from '@/lib/programmes/queries'
import { Badge, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.programmes.title)

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<{ archived?: string }> }) {
  const viewer = await requirePermission('programme:manage')
  const { m, locale } = await getI18n()
  const { archived } = await searchParams
  const rows = await listProgrammes(viewer, { includeArchived: archived === '1' })
  const t = m.admin.programmes
  return (
    <>
      <PageHeader title={t.title} description={t.intro} actions={<LinkButton href="/staff/programmes/new">{t.new}</LinkButton>} />
      <p className="mb-3 text-sm">
        <Link
          href={archived === '1' ? '/staff/programmes' : '/staff/programmes?archived=1'}
          className="font-medium text-emerald-800 underline"
        >
          {archived === '1' ? m.common.back : t.showArchived}
        </Link>
      </p>
      <Table caption={t.title} headers={[m.common.name, t.kind, t.level, t.cycles, m.common.status]}>
        {rows.map((p) => (
          <tr key={p.id}>
            <Td>
              <Link href={`/staff/programmes/${p.id}`} className="font-medium text-emerald-800 underline">
                <UserText>{localText(locale, p.name, p.nameUr)}</UserText>
              </Link>
            </Td>
            <Td>{m.common.programmeKinds[p.kind]}</Td>
            <Td>
              {m.common.levels[p.level]}
              {p.province ? (
                <>
                  {' · '}
                  <UserText>{p.province}</UserText>
                </>
              ) : null}
            </Td>
            <Td>{p._count.cycles}</Td>
            <Td>{p.archivedAt ? <Badge>{m.common.archived}</Badge> : null}</Td>
          </tr>
        ))}
      </Table>
    </>
  )
}
