import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { reviewerHome } from '@/lib/home/queries'
import { EmptyState, PageHeader, Stat } from '@/components/ui/basics'

export default async function ReviewerHome() {
  const viewer = await requireRole('REVIEWER', 'ADMIN', 'STAFF')
  const { m } = await getI18n()
  const counts = await reviewerHome(viewer)
  const t = m.home.reviewer
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {counts.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {counts.map((c) => (
          <Stat key={c.status} label={t.counts[c.status]} value={c._count._all} />
        ))}
      </div>
    </>
  )
}
