import Link from '@/components/ui/link'
import { auditActionLabel } from '@/lib/audit/labels'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime } from '@/lib/i18n/format'
import { staffOverview } from '@/lib/home/queries'
import { Badge, Card, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.overview.title)

export default async function StaffHome() {
  const viewer = await requirePermission('dashboard:read:any')
  const { m, locale } = await getI18n()
  const o = await staffOverview(viewer)
  const t = m.admin.overview
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={t.activeCycles} value={o.active} href="/staff/cycles?status=ACTIVE" />
        <Stat label={t.recruitingCycles} value={o.recruiting} href="/staff/cycles?status=RECRUITING" />
        <Stat label={t.fellowsActive} value={o.fellows} />
        <Stat label={t.departments} value={o.departments} href="/staff/departments" />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        {/* min-w-0: a grid item is as wide as its content by default, so the table would widen
            the page on a phone instead of scrolling inside its own box. */}
        <div className="min-w-0 lg:col-span-2">
          <Table
            caption={m.admin.cycles.title}
            captionHidden={false}
            headers={[m.admin.cycles.programme, m.common.name, m.common.status, m.admin.cycles.fellows, m.admin.cycles.applications]}
          >
            {o.cycles.map((c) => (
              <tr key={c.id}>
                <Td>{localText(locale, c.programme.name, c.programme.nameUr)}</Td>
                <Td>
                  <Link href={`/staff/cycles/${c.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{c.name}</UserText>
                  </Link>
                </Td>
                <Td>
                  <Badge tone="info">{m.common.cycleStatuses[c.status]}</Badge>
                </Td>
                <Td>
                  {c._count.fellowships} / {c.targetFellowCount}
                </Td>
                <Td>{c._count.applications}</Td>
              </tr>
            ))}
          </Table>
        </div>
        <Card title={t.recentActivity}>
          <ul className="space-y-2 text-sm">
            {o.recent.map((r) => (
              <li key={r.id}>
                <span className="font-medium">{r.actor ? <UserText>{r.actor.name}</UserText> : m.admin.audit.system}</span> ·{' '}
                {auditActionLabel(m, r.action)}
                <br />
                <span className="text-slate-600">{formatDateTime(r.createdAt, locale)}</span>
              </li>
            ))}
          </ul>
          <Link href="/staff/audit" className="mt-3 inline-block text-sm font-medium text-emerald-800 underline">
            {m.admin.audit.title}
          </Link>
        </Card>
      </div>
    </>
  )
}
