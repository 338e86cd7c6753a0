// A year in review as a page: the team's paragraphs around the figures composed from the data.
// Staff see each figure linked to its records; the public, to the page or open data behind it.
import { formatPkr } from '@/lib/stipends/money'
import Link from '@/components/ui/link'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate, formatNumber } from '@/lib/i18n/format'
import type { YearFigures } from '@/lib/insight/year-review/compose'
import { GLANCE, glanceSource, highlightSource } from '@/lib/insight/year-review/present'
import { sectionText, type Narrative, type NarrativeSection } from '@/lib/insight/year-review/schema'
import { Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { localText } from '@/lib/i18n/local-text'

/** Hides the site's header and navigation, and the report's own buttons, on paper. */
export const PRINT_CSS =
  '@media print { body header, body nav, .no-print { display: none !important; } main { padding: 0 !important; max-width: none !important; } a { color: inherit !important; text-decoration: none !important; } }'

const link = 'font-medium text-emerald-800 underline underline-offset-2'

export function YearReport({
  title,
  narrative,
  figures: f,
  publishedAt,
  audience,
  m,
  locale,
}: {
  title: string
  narrative: Narrative
  figures: YearFigures
  publishedAt: Date | null
  audience: 'staff' | 'public'
  m: Messages
  locale: Locale
}) {
  const t = m.yearReview
  const n = (v: number) => formatNumber(v, locale)
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  const para = (s: NarrativeSection) => {
    const text = sectionText(narrative, s, locale)
    return text
      ? text.split(/\n{2,}/).map((p, i) => (
          <p key={i} dir="auto" className="mb-3 max-w-3xl leading-relaxed text-slate-800">
            {p}
          </p>
        ))
      : null
  }
  const cycleHref = (c: YearFigures['cycles'][number]) =>
    audience === 'staff' ? `/staff/insight/cycles/${c.id}` : `/programmes/${c.programme.slug}`
  return (
    <article className="space-y-8" aria-labelledby="report-title">
      <div>
        <p className="text-sm font-semibold tracking-wide text-emerald-800 uppercase">
          {t.kicker} {f.year}
        </p>
        <h1 id="report-title" dir="auto" className="mt-1 text-3xl font-bold text-slate-900">
          {title}
        </h1>
        {publishedAt ? (
          <p className="mt-1 text-sm text-slate-700">{format(t.publishedOn, { date: formatDate(publishedAt, locale) })}</p>
        ) : null}
      </div>
      {para('intro')}

      <section aria-labelledby="glance">
        <h2 id="glance" className="mb-3 text-xl font-semibold">
          {t.sections.glance}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {GLANCE.map((k) => (
            <div key={k} className="rounded-lg border border-slate-300 bg-white p-4">
              <dt className="text-sm text-slate-700">{t.figures[k]}</dt>
              <dd className="mt-1 text-2xl font-bold">
                <Link
                  href={glanceSource(k, f.year, audience)}
                  className="hover:underline"
                  aria-label={`${n(f.totals[k])} ${t.figures[k]}: ${t.sourceLink}`}
                >
                  {n(f.totals[k])}
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        {f.evaluations.completed ? (
          // Evaluations as numbers only: how many were completed, and the supervisors' mean.
          <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            <div className="rounded-lg border border-slate-300 bg-white p-4">
              <dt className="text-sm text-slate-700">{m.evaluations.yearReview.completed}</dt>
              <dd className="mt-1 text-2xl font-bold">{n(f.evaluations.completed)}</dd>
            </div>
            {f.evaluations.supervisorMean !== null ? (
              <div className="rounded-lg border border-slate-300 bg-white p-4">
                <dt className="text-sm text-slate-700">{m.evaluations.yearReview.supervisorMean}</dt>
                <dd className="mt-1 text-2xl font-bold">{formatNumber(f.evaluations.supervisorMean, locale, 1)}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {f.stipends?.paidPaisa ? (
          // Stipends as one total and a head count (no names, no amounts per person).
          <dl className="mt-4 grid grid-cols-2 gap-4 md:grid-cols-4">
            <div className="rounded-lg border border-slate-300 bg-white p-4">
              <dt className="text-sm text-slate-700">{m.stipends.yearReview.paid}</dt>
              <dd className="mt-1 text-2xl font-bold">{formatPkr(f.stipends.paidPaisa, locale)}</dd>
            </div>
            <div className="rounded-lg border border-slate-300 bg-white p-4">
              <dt className="text-sm text-slate-700">{m.stipends.yearReview.fellows}</dt>
              <dd className="mt-1 text-2xl font-bold">{n(f.stipends.fellowsPaid)}</dd>
            </div>
          </dl>
        ) : null}
      </section>

      <section aria-labelledby="cycles">
        <h2 id="cycles" className="mb-3 text-xl font-semibold">
          {t.sections.cycles}
        </h2>
        {para('recruitment')}
        {f.cycles.length ? (
          <Table
            caption={t.sections.cycles}
            headers={[t.cols.programme, t.cols.cycle, t.cols.started, t.cols.applications, t.cols.fellows, t.cols.placed]}
          >
            {f.cycles.map((c) => (
              <tr key={c.id}>
                <Td>{name(c.programme.name, c.programme.nameUr)}</Td>
                <Td>
                  <Link href={cycleHref(c)} className={link}>
                    <UserText>{c.name}</UserText>
                  </Link>
                </Td>
                <Td>{formatDate(c.startDate, locale)}</Td>
                <Td>{n(c.applications)}</Td>
                <Td>{n(c.fellows)}</Td>
                <Td>{n(c.placed)}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <p>{format(t.noCycles, { year: f.year })}</p>
        )}
      </section>

      <section aria-labelledby="projects">
        <h2 id="projects" className="mb-3 text-xl font-semibold">
          {t.sections.projects}
        </h2>
        {para('placement')}
        <Table caption={t.sections.projects} headers={[t.cols.project, t.cols.department, t.cols.status]}>
          {f.projects.map((p) => (
            <tr key={p.id}>
              <Td>
                {p.status === 'COMPLETED' ? (
                  <Link href={`/projects/${p.id}`} className={link}>
                    <UserText>{name(p.title, p.titleUr)}</UserText>
                  </Link>
                ) : (
                  name(p.title, p.titleUr)
                )}
              </Td>
              <Td>{name(p.departmentName, p.departmentNameUr)}</Td>
              <Td>{t.projectStatuses[p.status as 'APPROVED' | 'COMPLETED'] ?? p.status}</Td>
            </tr>
          ))}
        </Table>
      </section>

      <section aria-labelledby="impact">
        <h2 id="impact" className="mb-3 text-xl font-semibold">
          {t.sections.impact}
        </h2>
        {para('impact')}
        {f.highlights.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {f.highlights.map((h) => {
              const src = highlightSource(h, audience)
              return (
                <li key={h.metricId} className="rounded-lg border border-slate-300 bg-white p-4">
                  <p className="text-2xl font-bold text-emerald-900">
                    {n(h.value)} <UserText className="text-base font-semibold">{h.unit}</UserText>
                  </p>
                  <p className="text-slate-800">
                    {fill(
                      t.highlight,
                      {
                        measure: <UserText>{name(h.name, h.nameUr)}</UserText>,
                        project: <UserText>{name(h.projectTitle, h.projectTitleUr)}</UserText>,
                        department: <UserText>{name(h.departmentName, h.departmentNameUr)}</UserText>,
                      },
                      locale,
                    )}
                    {h.target ? ` (${format(t.ofTarget, { target: n(h.target) })})` : ''}
                  </p>
                  {src ? (
                    <Link href={src} className={`${link} text-sm`} aria-label={`${t.sourceLink}: ${name(h.name, h.nameUr)}`}>
                      {t.sourceLink}
                    </Link>
                  ) : null}
                </li>
              )
            })}
          </ul>
        ) : (
          <p>{t.noHighlights}</p>
        )}
      </section>
      {para('closing')}

      <section aria-labelledby="sources" className="border-t border-slate-300 pt-4 text-sm text-slate-700">
        <h2 id="sources" className="mb-2 font-semibold">
          {t.sections.sources}
        </h2>
        <p>{format(t.sourcesNote, { year: f.year })}</p>
        <p className="mt-1">
          <Link href="/open-data" className={link}>
            {t.openData}
          </Link>
        </p>
      </section>
    </article>
  )
}
