import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { partnerHome } from '@/lib/home/queries'
import { Card, EmptyState, PageHeader } from '@/components/ui/basics'

export default async function PartnerHome() {
  const viewer = await requireRole('PARTNER')
  const { m, locale } = await getI18n()
  const dept = await partnerHome(viewer)
  const t = m.home.partner
  if (!dept) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.noDepartment}</EmptyState>
      </>
    )
  }
  return (
    <>
      <PageHeader title={locale === 'ur' && dept.nameUr ? dept.nameUr : dept.name} description={t.intro} />
      {dept.projects.length === 0 ? <EmptyState>{t.noProjects}</EmptyState> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {dept.projects.map((p) => (
          <Card key={p.id} title={locale === 'ur' && p.titleUr ? p.titleUr : p.title}>
            <p className="mb-2 text-sm text-slate-700">
              {p.cycle.programme.name} — {p.cycle.name}
            </p>
            <h3 className="font-semibold">{t.fellows}</h3>
            <ul className="list-disc ps-5">
              {p.placements.map((pl) => (
                <li key={pl.id}>{pl.fellowship.user.name}</li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  )
}
