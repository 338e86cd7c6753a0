import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { firstParam } from '@/lib/server/page'
import { listDepartments } from '@/lib/departments/queries'
import { Badge, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { inputClass, buttonClass } from '@/components/ui/styles'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.departments.title)

export default async function DepartmentsPage({ searchParams }: { searchParams: Promise<{ q?: string; archived?: string }> }) {
  const viewer = await requirePermission('department:manage')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const q = firstParam(sp.q)
  const rows = await listDepartments(viewer, { q, includeArchived: sp.archived === '1' })
  const t = m.admin.departments
  return (
    <>
      <PageHeader title={t.title} description={t.intro} actions={<LinkButton href="/staff/departments/new">{t.new}</LinkButton>} />
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="dept-q" className="block text-sm font-medium">
            {m.common.search}
          </label>
          <input id="dept-q" name="q" defaultValue={q} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {m.common.search}
        </button>
      </form>
      <Table caption={t.title} headers={[m.common.name, t.level, t.district, t.contacts, m.admin.cycles.projects, m.common.status]}>
        {rows.map((d) => (
          <tr key={d.id}>
            <Td>
              <Link href={`/staff/departments/${d.id}`} className="font-medium text-emerald-800 underline">
                <UserText>{localText(locale, d.name, d.nameUr)}</UserText>
              </Link>
              {d.shortName ? (
                <span className="ms-2 text-slate-600">
                  (<UserText>{d.shortName}</UserText>)
                </span>
              ) : null}
            </Td>
            <Td>{m.common.levels[d.level]}</Td>
            <Td>{d.district ?? d.province ?? '—'}</Td>
            <Td>{d._count.contacts}</Td>
            <Td>{d._count.projects}</Td>
            <Td>{d.archivedAt ? <Badge>{m.common.archived}</Badge> : null}</Td>
          </tr>
        ))}
      </Table>
    </>
  )
}
