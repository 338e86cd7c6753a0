import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { fellowHome } from '@/lib/home/queries'
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/basics'

export default async function FellowHome() {
  const viewer = await requireRole('FELLOW')
  const { m, locale } = await getI18n()
  const fellowships = await fellowHome(viewer)
  const t = m.home.fellow
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {fellowships.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      <div className="space-y-4">
        {fellowships.map((f) => (
          <Card key={f.id} title={`${locale === 'ur' && f.cycle.programme.nameUr ? f.cycle.programme.nameUr : f.cycle.programme.name} — ${f.cycle.name}`}>
            <p className="mb-2 text-sm text-slate-700">
              <Badge tone="info">{m.common.cycleStatuses[f.cycle.status]}</Badge> {formatDate(f.cycle.startDate, locale)} – {formatDate(f.cycle.endDate, locale)}
            </p>
            {f.placements.length ? (
              f.placements.map((p) => (
                <p key={p.id}>
                  <span className="font-semibold">{locale === 'ur' && p.project.titleUr ? p.project.titleUr : p.project.title}</span>
                  <br />
                  {format(t.placedAt, { department: locale === 'ur' && p.project.department.nameUr ? p.project.department.nameUr : p.project.department.name })}
                </p>
              ))
            ) : (
              <p>{t.notPlaced}</p>
            )}
          </Card>
        ))}
      </div>
    </>
  )
}
