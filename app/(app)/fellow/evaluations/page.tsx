import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { localName, localText } from '@/lib/i18n/local-text'
import { listOwnRounds } from '@/lib/evaluations/portal'
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { EvaluationStatus } from '@/components/evaluations/status-badge'

export const generateMetadata = titled((m) => m.evaluations.fellow.title)

export default async function FellowEvaluationsPage() {
  const viewer = await requirePermission('evaluation:write:own')
  const { m, locale } = await getI18n()
  const rounds = await listOwnRounds(viewer)
  const t = m.evaluations
  return (
    <>
      <PageHeader title={t.fellow.title} description={t.fellow.intro} />
      {rounds.length === 0 ? (
        <EmptyState>{t.fellow.none}</EmptyState>
      ) : (
        <div className="space-y-4">
          {rounds.map((r) => (
            <Card key={r.id}>
              <h2 className="text-lg font-semibold">
                <Link href={`/fellow/evaluations/${r.id}`} className="text-emerald-800 underline">
                  <UserText>{localText(locale, r.name, r.nameUr)}</UserText>
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                <UserText>{localName(locale)(r.cycle)}</UserText> · {format(t.dueOn, { date: formatDate(r.dueAt, locale) }, locale)}
              </p>
              <ul className="mt-2 flex flex-wrap gap-3 text-sm text-slate-800">
                {r.mine.map((x) => (
                  <li key={x.direction} className="flex items-center gap-1">
                    {t.directionsShort[x.direction]}: <EvaluationStatus status={x.status} labels={t.statuses} />
                  </li>
                ))}
                {r.supervisorReleased ? (
                  <li className="flex items-center gap-1">
                    {t.directionsShort.SUPERVISOR}: <Badge tone="good">{t.fellow.released}</Badge>
                  </li>
                ) : null}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </>
  )
}
