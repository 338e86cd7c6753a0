// The pipeline board of a cycle: counts per stage, search and filters (all in SQL), one page
// of applications, and moving several at once with a message to each applicant.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime, formatNumber } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import {
  getRecruitmentSummary,
  listPipeline,
  pipelineDistricts,
  readPipelineFilters,
  type PipelineFilters,
} from '@/lib/recruitment/queries/pipeline'
import { PIPELINE_STAGES, STAFF_MOVABLE, stageTone } from '@/lib/recruitment/stages'
import { SCORE_BANDS } from '@/lib/recruitment/scoring'
import { districtLabel } from '@/lib/recruitment/districts'
import { GENDERS } from '@/lib/recruitment/eligibility'
import { Badge, Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField, SubmitButton } from '@/components/ui/form'
import { Pagination } from '@/components/ui/pagination'
import { buttonClass, inputClass } from '@/components/ui/styles'
import { RecruitmentNav } from './_components/recruitment-nav'
import { SelectAll } from './_components/select-all'
import { eligibilityTone } from '@/components/recruitment/tones'
import { rescreenAction, reviewMoveAction } from './_actions/pipeline'
import { listCycleTags } from '@/lib/recruitment/queries/staff-tools'
import { localName, localText } from '@/lib/i18n/local-text'
import { cycleWaitlist } from '@/lib/recruitment/waitlist/queries'
import { OfferNext } from './_components/offer-next'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.board}`)

export default async function PipelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('application:read:any')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const sp = await searchParams
  const f = readPipelineFilters(sp)
  // After a confirmed bulk move (the confirmation page sends staff back here).
  const movedParam = firstParam(sp.moved)
  const moved = movedParam && /^\d{1,3}$/.test(movedParam) ? Number(movedParam) : null
  const { cycle, counts } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [list, districts, waitlist] = await Promise.all([
    listPipeline(viewer, id, f),
    pipelineDistricts(viewer, id),
    cycleWaitlist(viewer, id),
  ])
  // Staff-only tags: the filter's choices and each row's labels.
  const cycleTags = await listCycleTags(viewer, id)
  const t = m.recruitment.board
  const base = `/staff/cycles/${id}/recruitment`
  const keep: Record<string, string | undefined> = {
    q: f.q,
    district: f.district,
    gender: f.gender,
    band: f.band,
    eligibility: f.eligibility,
    tag: f.tag,
    sort: f.sort === 'score' ? 'score' : undefined,
  }
  const stageHref = (stage?: string) => {
    const q = new URLSearchParams(Object.entries({ ...keep, stage }).filter(([, v]) => v) as [string, string][])
    return q.size ? `${base}?${q}` : base
  }
  const total = PIPELINE_STAGES.reduce((s, st) => s + (counts[st] ?? 0), 0)
  const programme = localText(locale, cycle.programme.name, cycle.programme.nameUr)
  const select = (name: keyof PipelineFilters, label: string, options: { value: string; label: string }[], value?: string) => (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">{t.any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)}
        description={programme}
        actions={
          <>
            <Link href={`${base}/extensions`} className={buttonClass.secondary}>
              {m.staffTools.board.extensions}
            </Link>
            <a href={`${base}/export`} className={buttonClass.secondary} download>
              {t.exportCsv}
            </a>
          </>
        }
      />
      <RecruitmentNav cycleId={id} current="board" m={m} />
      {waitlist.next ? <OfferNext w={waitlist} cycleId={id} m={m} locale={locale} linkToWaitlist /> : null}
      {moved !== null ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {format(t.moved, { count: moved }, locale)}
        </p>
      ) : null}
      <p className="mb-2 text-slate-700">
        {cycle.applicationsOpenAt && cycle.applicationsCloseAt
          ? format(t.callWindow, {
              open: formatDateTime(cycle.applicationsOpenAt, locale),
              close: formatDateTime(cycle.applicationsCloseAt, locale),
            })
          : t.noWindow}
      </p>
      <p className="mb-4 text-slate-700">
        {format(t.fellows, { count: cycle._count.fellowships, target: cycle.targetFellowCount })}
        {counts.DRAFT ? ` · ${format(t.drafts, { count: counts.DRAFT }, locale)}` : ''}
      </p>

      <nav aria-label={t.stagesLabel} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={stageHref()}
          aria-current={!f.stage ? 'page' : undefined}
          className={`rounded-full px-3 py-1 ${!f.stage ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
        >
          {t.allStages} ({formatNumber(total, locale)})
        </Link>
        {PIPELINE_STAGES.map((s) => (
          <Link
            key={s}
            href={stageHref(s)}
            aria-current={f.stage === s ? 'page' : undefined}
            className={`rounded-full px-3 py-1 ${f.stage === s ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
          >
            {m.recruitment.stages[s]} ({formatNumber(counts[s] ?? 0, locale)})
          </Link>
        ))}
      </nav>

      <form
        role="search"
        aria-label={t.filters}
        className="mb-4 grid grid-cols-1 items-end gap-x-3 gap-y-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-4"
      >
        {f.stage ? <input type="hidden" name="stage" value={f.stage} /> : null}
        <div className="md:col-span-2">
          <label htmlFor="f-q" className="block text-sm font-medium">
            {t.search}
          </label>
          <input id="f-q" name="q" type="search" defaultValue={f.q} className={inputClass} />
        </div>
        {select(
          'district',
          t.district,
          districts.map((d) => ({ value: d, label: districtLabel(d, locale) })),
          f.district,
        )}
        {select(
          'gender',
          t.gender,
          GENDERS.map((g) => ({ value: g, label: m.common.genders[g] })),
          f.gender,
        )}
        {select(
          'band',
          t.band,
          SCORE_BANDS.map((b) => ({ value: b, label: t.bands[b] })),
          f.band,
        )}
        {select(
          'eligibility',
          t.eligibility,
          (['FLAGGED', 'ELIGIBLE', 'UNCHECKED'] as const).map((e) => ({ value: e, label: m.recruitment.eligibility.statuses[e] })),
          f.eligibility,
        )}
        {select(
          'tag',
          m.staffTools.board.tag,
          cycleTags.map((x) => ({ value: x.tag, label: `${x.tag} (${formatNumber(x.count, locale)})` })),
          f.tag,
        )}
        <div>
          <label htmlFor="f-sort" className="block text-sm font-medium">
            {t.sort}
          </label>
          <select id="f-sort" name="sort" defaultValue={f.sort} className={inputClass}>
            <option value="submitted">{t.sortSubmitted}</option>
            <option value="score">{t.sortScore}</option>
          </select>
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass.primary}>
            {m.common.filter}
          </button>
          <Link href={base} className={buttonClass.secondary}>
            {m.common.clearFilters}
          </Link>
        </div>
      </form>

      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {format(m.common.showingCount, { count: list.total }, locale)}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <ActionForm action={reviewMoveAction} aria-label={t.bulkTitle} className="space-y-4">
          <Hidden name="cycleId" value={id} />
          <SelectAll label={t.selectAll} />
          <Table
            caption={t.caption}
            headers={[t.select, t.colApplicant, t.colStage, t.colDistrict, t.colScreening, t.colScore, t.colReviews, t.colSubmitted]}
          >
            {list.rows.map((a) => (
              <tr key={a.id}>
                <Td>
                  <input
                    type="checkbox"
                    name="ids"
                    value={a.id}
                    aria-label={format(t.selectRow, { name: a.applicant.name })}
                    className="h-4 w-4 rounded border-slate-500"
                  />
                </Td>
                <Td>
                  <Link href={`${base}/applications/${a.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{a.applicant.name}</UserText>
                  </Link>
                  <span className="block text-xs text-slate-600" dir="ltr">
                    {a.applicant.email}
                  </span>
                  {a.staffTags.length ? (
                    <span className="mt-1 flex flex-wrap gap-1" aria-label={m.staffTools.board.tags}>
                      {a.staffTags.map((tag) => (
                        <span key={tag} className="rounded-full bg-sky-100 px-2 text-xs text-sky-950">
                          <bdi>{tag}</bdi>
                        </span>
                      ))}
                    </span>
                  ) : null}
                </Td>
                <Td>
                  <Badge tone={stageTone(a.stage)}>{m.recruitment.stages[a.stage]}</Badge>
                </Td>
                <Td>{districtLabel(a.district, locale)}</Td>
                <Td>
                  <Badge tone={eligibilityTone(a.eligibility)}>{m.recruitment.eligibility.statuses[a.eligibility]}</Badge>
                </Td>
                <Td>
                  {a.scoreMean === null
                    ? t.notScored
                    : format(t.scoreOf, { mean: formatNumber(a.scoreMean, locale, 2), spread: formatNumber(a.scoreSpread, locale, 2) })}
                </Td>
                <Td>{format(t.reviewsOf, { done: a._count.reviews, needed: cycle.reviewsPerApplication })}</Td>
                <Td>{formatDateTime(a.submittedAt, locale)}</Td>
              </tr>
            ))}
          </Table>
          <Card title={t.bulkTitle}>
            <p className="mb-3 text-sm text-slate-700">{t.bulkHint}</p>
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <SelectField
                name="to"
                label={t.bulkTo}
                required
                options={STAFF_MOVABLE.map((s) => ({ value: s, label: m.recruitment.stages[s] }))}
                placeholder={m.recruitment.detail.choose}
              />
            </div>
            <div className="mt-4">
              <SubmitButton label={t.bulkSubmit} />
            </div>
          </Card>
        </ActionForm>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath={base} params={{ ...keep, stage: f.stage }} m={m} />

      <Card title={t.rescreen} className="mt-6">
        <p className="mb-3 text-sm text-slate-700">{t.rescreenHint}</p>
        <ActionForm action={rescreenAction} submitLabel={t.rescreen} submitVariant="secondary" aria-label={t.rescreen}>
          <Hidden name="cycleId" value={id} />
        </ActionForm>
      </Card>
    </>
  )
}
