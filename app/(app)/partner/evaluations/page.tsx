import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { localName, localText } from '@/lib/i18n/local-text'
import { listDepartmentRounds } from '@/lib/evaluations/portal'
import { Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.evaluations.partner.title)

export default async function PartnerEvaluationsPage() {
  const viewer = await requirePermission('evaluation:write:department')
  const { m, locale } = await getI18n()
  const rounds = await listDepartmentRounds(viewer)
  const t = m.evaluations
  return (
    <>
      <PageHeader title={t.partner.title} description={t.partner.intro} />
      {rounds.length === 0 ? (
        <EmptyState>{t.partner.none}</EmptyState>
      ) : (
        <div className="space-y-4">
          {rounds.map((r) => (
            <Card key={r.id}>
              <h2 className="text-lg font-semibold">
                <Link href={`/partner/evaluations/${r.id}`} className="text-emerald-800 underline">
                  <UserText>{localText(locale, r.name, r.nameUr)}</UserText>
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                <UserText>{localName(locale)(r.cycle)}</UserText> · {format(t.dueOn, { date: formatDate(r.dueAt, locale) }, locale)}
              </p>
              {r.submitted !== null ? (
                <p className="mt-1 text-slate-800">{format(t.partner.progress, { done: r.submitted, total: r.fellows }, locale)}</p>
              ) : null}
            </Card>
          ))}
        </div>
      )}
    </>
  )
}
