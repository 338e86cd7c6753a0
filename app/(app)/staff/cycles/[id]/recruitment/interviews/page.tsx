// The cycle's interviews in time order, with panel, outcome and score.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime, formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listInterviews } from '@/lib/recruitment/queries/decisions'
import { Badge, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { fill, UserText, UserTextList } from '@/components/ui/user-text'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.interviews}`)

export default async function InterviewsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('interview:manage')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const rows = await listInterviews(viewer, id)
  const t = m.recruitment.interviewsPage
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)} description={t.intro} />
      <RecruitmentNav cycleId={id} current="interviews" m={m} />
      {rows.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.colWhen, t.colApplicant, t.colMode, t.colPanel, m.common.status, t.colScore]}>
          {rows.map((iv) => (
            <tr key={iv.id}>
              <Td>{formatDateTime(iv.scheduledAt, locale)}</Td>
              <Td>
                <Link
                  href={`/staff/cycles/${id}/recruitment/applications/${iv.application.id}`}
                  className="font-medium text-emerald-800 underline"
                >
                  <UserText>{iv.application.applicant.name}</UserText>
                </Link>
              </Td>
              <Td>
                {m.recruitment.modes[iv.mode]}
                {iv.location ? (
                  <span className="block text-xs text-slate-700" dir="auto">
                    {iv.location}
                  </span>
                ) : null}
              </Td>
              <Td>{iv.panel.length ? <UserTextList items={iv.panel.map((p) => p.user.name)} locale={locale} /> : '—'}</Td>
              <Td>
                <Badge tone={iv.status === 'COMPLETED' ? 'good' : iv.status === 'SCHEDULED' ? 'info' : 'bad'}>
                  {m.recruitment.interviewStatuses[iv.status]}
                </Badge>
              </Td>
              <Td>{formatNumber(iv.score, locale, 2)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
