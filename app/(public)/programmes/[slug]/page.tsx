// One programme: what it is, its funders and partners, its cycles, the call open now and the
// projects it completed.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, formatNumber, joinList } from '@/lib/i18n/format'
import { getPublicProgramme } from '@/lib/public/queries'
import { slugParam } from '@/lib/server/page'
import { listCompletedProjects } from '@/lib/public/projects'
import { Card, DefinitionList, PageHeader, Table, Td } from '@/components/ui/basics'
import { buttonClass } from '@/components/ui/styles'
import { localName, localText } from '@/lib/i18n/local-text'

type Params = Promise<{ slug: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ locale }, p] = await Promise.all([getI18n(), getPublicProgramme(slugParam((await params).slug))])
  return { title: p ? localText(locale, p.name, p.nameUr) : undefined }
}

export default async function ProgrammePage({ params }: { params: Params }) {
  const slug = slugParam((await params).slug)
  const { m, locale } = await getI18n()
  const p = await getPublicProgramme(slug)
  if (!p) notFound()
  const projects = await listCompletedProjects({ programme: slug })
  const t = m.pub.programmes
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  const link = 'font-medium text-emerald-800 underline underline-offset-2'
  return (
    <>
      <PageHeader title={name(p.name, p.nameUr)} description={name(p.description, p.descriptionUr)} />
      <div className="space-y-6">
        {p.openCall ? (
          <section aria-label={t.apply} className="rounded-lg border-2 border-emerald-700 bg-white p-5">
            <p className="mb-3 font-medium">{format(t.callOpen, { date: formatDateTime(p.openCall.closesAt, locale) })}</p>
            <Link href={`/calls/${p.slug}`} className={buttonClass.primary}>
              {t.apply}
            </Link>
          </section>
        ) : null}
        <Card>
          <DefinitionList
            items={[
              [t.kind, m.common.programmeKinds[p.kind]],
              [t.level, `${m.common.levels[p.level]}${p.province ? ` · ${p.province}` : ''}`],
              [t.duration, format(t.months, { n: p.durationMonths })],
              [t.stipend, p.stipendPkr ? format(t.pkr, { n: formatNumber(p.stipendPkr, locale) }) : '—'],
              [t.funders, joinList(p.funders, locale) || '—'],
              [t.partners, joinList(p.partners, locale) || '—'],
            ]}
          />
        </Card>
        <section aria-labelledby="cycles">
          <h2 id="cycles" className="mb-3 text-xl font-semibold">
            {t.cycles}
          </h2>
          <Table caption={format(t.cyclesCaption, { programme: name(p.name, p.nameUr) })} headers={[t.cycle, t.status, t.dates, t.fellows]}>
            {p.cycles.map((c) => (
              <tr key={c.id}>
                <Td>{c.name}</Td>
                <Td>{m.common.cycleStatuses[c.status]}</Td>
                <Td>{c.startDate ? `${formatDate(c.startDate, locale)} – ${formatDate(c.endDate, locale)}` : '—'}</Td>
                <Td>{formatNumber(c._count.fellowships, locale)}</Td>
              </tr>
            ))}
          </Table>
        </section>
        <section aria-labelledby="projects">
          <h2 id="projects" className="mb-3 text-xl font-semibold">
            {t.projects}
          </h2>
          {projects.length === 0 ? (
            <p className="text-slate-700">{t.noProjects}</p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {projects.map((pr) => (
                <li key={pr.id} className="rounded-lg border border-slate-300 bg-white p-4">
                  <Link href={`/projects/${pr.id}`} className={link}>
                    {name(pr.title, pr.titleUr)}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {name(pr.department.name, pr.department.nameUr)} · {localName(locale)(pr.cycle)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
