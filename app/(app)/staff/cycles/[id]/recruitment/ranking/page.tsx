// Scored applications ranked by weighted mean, with high-disagreement ones flagged.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listRanked } from '@/lib/recruitment/queries/decisions'
import { DISAGREEMENT_SPREAD } from '@/lib/recruitment/scoring'
import { stageTone } from '@/lib/recruitment/stages'
import { districtLabel } from '@/lib/recruitment/districts'
import { Badge, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.ranking}`)

export default async function RankingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('application:manage')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const sp = await searchParams
  const only = firstParam(sp.flag) === '1'
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const list = await listRanked(viewer, id, { disagreementOnly: only, page: pageFrom(sp.page) })
  const t = m.recruitment.ranking
  const base = `/staff/cycles/${id}/recruitment/ranking`
  const tab = (on: boolean, href: string, label: string) => (
    <Link
      href={href}
      aria-current={on ? 'page' : undefined}
      className={`rounded-full px-3 py-1 ${on ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
    >
      {label}
    </Link>
  )
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)}
        description={format(t.intro, { spread: formatNumber(DISAGREEMENT_SPREAD, locale, 1) })}
      />
      <RecruitmentNav cycleId={id} current="ranking" m={m} />
      <nav aria-label={m.common.filter} className="mb-4 flex gap-2 text-sm">
        {tab(!only, base, t.all)}
        {tab(only, `${base}?flag=1`, t.disagreementOnly)}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.colRank, t.colApplicant, t.colMean, t.colSpread, t.colReviews, t.colDistrict, t.colStage]}>
          {list.rows.map((r) => (
            <tr key={r.id}>
              <Td>{formatNumber(r.rank, locale)}</Td>
              <Td>
                <Link href={`/staff/cycles/${id}/recruitment/applications/${r.id}`} className="font-medium text-emerald-800 underline">
                  <UserText>{r.applicant.name}</UserText>
                </Link>
              </Td>
              <Td>{formatNumber(r.scoreMean, locale, 2)}</Td>
              <Td>
                {formatNumber(r.scoreSpread, locale, 2)}
                {r.disagreement ? (
                  <span className="ms-2">
                    <Badge tone="warn">{t.flag}</Badge>
                  </span>
                ) : null}
              </Td>
              <Td>{formatNumber(r._count.reviews, locale)}</Td>
              <Td>{districtLabel(r.district, locale)}</Td>
              <Td>
                <Badge tone={stageTone(r.stage)}>{m.recruitment.stages[r.stage]}</Badge>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath={base} params={{ flag: only ? '1' : undefined }} m={m} />
    </>
  )
}
