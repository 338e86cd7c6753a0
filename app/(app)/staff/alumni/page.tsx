// Alumni across programmes and years, and where they went next (as they told us).
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { uuidParam } from '@/lib/server/page'
import { listProgrammes } from '@/lib/programmes/queries'
import { alumniBySector, listAlumni } from '@/lib/insight/alumni/queries'
import { sectorKey } from '@/lib/insight/alumni/schema'
import { Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { SelectField, TextField } from '@/components/ui/form'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { buttonClass } from '@/components/ui/styles'
import { BarChart } from '@/components/insight/bars'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.alumni.staff.title)

type Search = Promise<Record<string, string | string[] | undefined>>

export default async function AlumniPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePermission('alumni:read')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const programme = uuidParam(sp.programme)
  const y = Number(Array.isArray(sp.year) ? sp.year[0] : sp.year)
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : undefined
  const page = pageFrom(sp.page)
  const [programmes, list, sectors] = await Promise.all([
    listProgrammes(viewer),
    listAlumni(viewer, { programme, year, page }),
    alumniBySector(viewer, { programme, year }),
  ])
  const t = m.alumni.staff
  const name = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  const sectorLabel = (s: string | null | undefined) => {
    if (!s) return t.notShared
    const k = sectorKey(s)
    return k ? m.alumni.sectors[k] : s
  }
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <form method="get" className="mb-6 grid max-w-3xl grid-cols-1 items-end gap-4 md:grid-cols-3" aria-label={t.filters}>
        <SelectField
          name="programme"
          label={t.programme}
          defaultValue={programme ?? ''}
          placeholder={m.insight.common.allProgrammes}
          options={programmes.map((p) => ({ value: p.id, label: name(p) }))}
        />
        <TextField name="year" type="number" label={t.year} defaultValue={year ?? ''} min={2000} max={2100} />
        <button type="submit" className={buttonClass.secondary}>
          {m.insight.common.show}
        </button>
      </form>
      <div className="space-y-6">
        <Card title={t.sectorsTitle}>
          {sectors.length === 0 ? (
            <EmptyState>{t.none}</EmptyState>
          ) : (
            <div className="grid gap-6 lg:grid-cols-2">
              <BarChart
                label={format(m.insight.common.chartOf, { title: t.sectorsTitle })}
                bars={sectors.map((s) => ({ label: sectorLabel(s.sector), value: s.count, text: formatNumber(s.count, locale) }))}
              />
              <Table caption={t.sectorsCaption} headers={[t.sector, t.alumni]}>
                {sectors.map((s) => (
                  <tr key={s.sector || 'none'}>
                    <Td>{sectorLabel(s.sector)}</Td>
                    <Td>{formatNumber(s.count, locale)}</Td>
                  </tr>
                ))}
              </Table>
            </div>
          )}
        </Card>
        <section aria-labelledby="alumni-list">
          <h2 id="alumni-list" className="mb-3 text-lg font-semibold">
            {format(t.count, { count: formatNumber(list.total, locale) })}
          </h2>
          {list.total === 0 ? (
            <EmptyState>{t.none}</EmptyState>
          ) : (
            <Table caption={t.caption} headers={Object.values(t.cols)}>
              {list.rows.map((a) => {
                const p = a.user.alumniProfile
                const placed = a.placements[0]?.project
                return (
                  <tr key={a.id}>
                    <Td>{a.user.name}</Td>
                    <Td>
                      <UserText>{name(a.cycle.programme)}</UserText>
                      <UserText className="block text-xs text-slate-700">{localName(locale)(a.cycle)}</UserText>
                    </Td>
                    <Td>
                      {placed ? (
                        <>
                          <UserText>{localText(locale, placed.title, placed.titleUr)}</UserText>
                          <UserText className="block text-xs text-slate-700">{name(placed.department)}</UserText>
                        </>
                      ) : (
                        '—'
                      )}
                    </Td>
                    <Td>{p?.currentRole ?? t.notShared}</Td>
                    <Td>{p?.organisation ?? '—'}</Td>
                    <Td>{sectorLabel(p?.sector)}</Td>
                    <Td className="max-w-xs">{p?.nextStep ?? '—'}</Td>
                    <Td>
                      {p?.linkedinUrl ? (
                        <a
                          href={p.linkedinUrl}
                          rel="noopener noreferrer nofollow"
                          className="text-emerald-800 underline"
                          dir="ltr"
                          aria-label={format(t.profileLink, { name: a.user.name })}
                        >
                          LinkedIn
                        </a>
                      ) : (
                        '—'
                      )}
                    </Td>
                  </tr>
                )
              })}
            </Table>
          )}
          <Pagination
            page={page}
            pageCount={list.pageCount}
            basePath="/staff/alumni"
            params={{ programme, year: year ? String(year) : undefined }}
            m={m}
          />
        </section>
      </div>
    </>
  )
}
