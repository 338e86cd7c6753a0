// Offers of the cycle (accepted, declined, expired, waiting) and the resulting cohort of
// fellows against the cycle's target. Offers past their deadline are expired on reading.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listOffers } from '@/lib/recruitment/queries/decisions'
import { Badge, Card, EmptyState, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { offerTone } from '@/components/recruitment/tones'
import { localName } from '@/lib/i18n/local-text'
import { cycleWaitlist } from '@/lib/recruitment/waitlist/queries'
import { OfferNext } from '../_components/offer-next'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.offers}`)

const STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const

export default async function OffersPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('offer:manage')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [{ offers, counts, fellows }, waitlist] = await Promise.all([listOffers(viewer, id), cycleWaitlist(viewer, id)])
  const t = m.recruitment.offersPage
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)} description={t.intro} />
      <RecruitmentNav cycleId={id} current="offers" m={m} />
      <OfferNext w={waitlist} cycleId={id} m={m} locale={locale} linkToWaitlist />
      <div className="space-y-6">
        <section aria-label={t.summary} className="grid grid-cols-2 gap-4 md:grid-cols-6">
          <Stat label={t.seats} value={`${fellows.length} / ${cycle.targetFellowCount}`} />
          {STATUSES.map((s) => (
            <Stat key={s} label={m.recruitment.offerStatuses[s]} value={counts[s] ?? 0} />
          ))}
        </section>
        <Card title={t.offers}>
          {offers.length === 0 ? (
            <EmptyState>{t.empty}</EmptyState>
          ) : (
            <Table caption={t.offers} headers={[t.colApplicant, m.common.status, t.colRespondBy, t.colResponded, t.colExtendedBy]}>
              {offers.map((o) => (
                <tr key={o.id}>
                  <Td>
                    <Link
                      href={`/staff/cycles/${id}/recruitment/applications/${o.application.id}`}
                      className="font-medium text-emerald-800 underline"
                    >
                      <UserText>{o.application.applicant.name}</UserText>
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={offerTone(o.status)}>{m.recruitment.offerStatuses[o.status]}</Badge>
                  </Td>
                  <Td>{formatDateTime(o.respondBy, locale)}</Td>
                  <Td>{formatDateTime(o.respondedAt, locale)}</Td>
                  <Td>
                    <UserText>{o.extendedBy.name}</UserText>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <Card title={format(t.fellows, { count: fellows.length, target: cycle.targetFellowCount })}>
          {fellows.length === 0 ? (
            <EmptyState>{t.noFellows}</EmptyState>
          ) : (
            <Table caption={t.fellowsCaption} headers={[m.common.name, m.common.email, t.colJoined]}>
              {fellows.map((f) => (
                <tr key={f.id}>
                  <Td>
                    {f.applicationId ? (
                      <Link
                        href={`/staff/cycles/${id}/recruitment/applications/${f.applicationId}`}
                        className="font-medium text-emerald-800 underline"
                      >
                        {f.user.name}
                      </Link>
                    ) : (
                      f.user.name
                    )}
                  </Td>
                  <Td>
                    <span dir="ltr">{f.user.email}</span>
                  </Td>
                  <Td>{formatDate(f.createdAt, locale)}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  )
}
