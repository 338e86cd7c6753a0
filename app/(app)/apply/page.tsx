import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { applicantHome } from '@/lib/home/queries'
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/basics'

export default async function ApplicantHome() {
  const viewer = await requireRole('APPLICANT', 'FELLOW')
  const { m, locale } = await getI18n()
  const { applications, openCalls } = await applicantHome(viewer)
  const t = m.home.applicant
  const pname = (p: { name: string; nameUr: string | null }) => (locale === 'ur' && p.nameUr ? p.nameUr : p.name)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t.title}>
          {applications.length === 0 ? <EmptyState>{t.noApplications}</EmptyState> : null}
          <ul className="space-y-3">
            {applications.map((a) => (
              <li key={a.id}>
                <span className="font-semibold">
                  {pname(a.cycle.programme)} — {a.cycle.name}
                </span>{' '}
                <Badge tone="info">{m.home.stages[a.stage]}</Badge>
                {a.submittedAt ? (
                  <span className="block text-sm text-slate-700">
                    {t.submitted}: {formatDateTime(a.submittedAt, locale)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t.openCalls}>
          {openCalls.length === 0 ? <EmptyState>{t.noCalls}</EmptyState> : null}
          <ul className="space-y-3">
            {openCalls.map((c) => (
              <li key={c.id}>
                <span className="font-semibold">
                  {pname(c.programme)} — {c.name}
                </span>
                <span className="block text-sm text-slate-700">{format(t.closes, { date: formatDateTime(c.applicationsCloseAt, locale) })}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  )
}
