// The year in review as Markdown, for the blog post or the funders' report: the same sections,
// figures and sources as the page, in the reader's language, with absolute links.
import { formatPkr } from '../../stipends/money'
import { format } from '../../i18n/define'
import { formatDate, formatNumber } from '../../i18n/format'
import type { Locale } from '../../i18n/config'
import type { Messages } from '../../i18n/messages'
import type { YearFigures } from './compose'
import { GLANCE, glanceSource, highlightSource } from './present'
import { sectionText, type Narrative, type NarrativeSection } from './schema'
import { localText } from '../../i18n/local-text'

export interface MarkdownInput {
  title: string
  narrative: Narrative
  figures: YearFigures
  publishedAt: Date | null
}

/** Table cells and link texts must not break the Markdown around them. */
function esc(s: string) {
  return s.replace(/([\\`*_[\]|<>])/g, '\\$1').replace(/\r?\n/g, ' ')
}

export function yearReviewMarkdown(r: MarkdownInput, m: Messages, locale: Locale, baseUrl: string): string {
  const t = m.yearReview
  const n = (v: number) => formatNumber(v, locale)
  const abs = (href: string) => (href.startsWith('#') ? href : new URL(href, baseUrl).toString())
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  const { figures: f, narrative } = r
  const out: string[] = []
  const para = (s: NarrativeSection) => {
    const text = sectionText(narrative, s, locale)
    if (text) out.push(text.trim(), '')
  }

  out.push(`# ${esc(r.title)}`, '')
  out.push(`_${t.kicker} ${f.year}${r.publishedAt ? ` · ${format(t.publishedOn, { date: formatDate(r.publishedAt, locale) })}` : ''}_`, '')
  para('intro')

  out.push(`## ${t.sections.glance}`, '')
  for (const k of GLANCE)
    out.push(`- ${t.figures[k]}: **${n(f.totals[k])}** ([${t.sourceLink}](${abs(glanceSource(k, f.year, 'public'))}))`)
  if (f.evaluations.completed) {
    const e = m.evaluations.yearReview
    out.push(`- ${e.completed}: **${n(f.evaluations.completed)}**`)
    if (f.evaluations.supervisorMean !== null)
      out.push(`- ${e.supervisorMean}: **${formatNumber(f.evaluations.supervisorMean, locale, 1)}**`)
  }
  if (f.stipends?.paidPaisa) {
    const s = m.stipends.yearReview
    out.push(`- ${s.paid}: **${formatPkr(f.stipends.paidPaisa, locale)}**`, `- ${s.fellows}: **${n(f.stipends.fellowsPaid)}**`)
  }
  out.push('')

  out.push(`## ${t.sections.cycles}`, '')
  para('recruitment')
  if (f.cycles.length) {
    const c = t.cols
    out.push(
      `| ${c.programme} | ${c.cycle} | ${c.started} | ${c.applications} | ${c.fellows} | ${c.placed} |`,
      '|---|---|---|---:|---:|---:|',
    )
    for (const cy of f.cycles) {
      const prog = `[${esc(name(cy.programme.name, cy.programme.nameUr))}](${abs(`/programmes/${cy.programme.slug}`)})`
      out.push(
        `| ${prog} | ${esc(cy.name)} | ${formatDate(cy.startDate, locale)} | ${n(cy.applications)} | ${n(cy.fellows)} | ${n(cy.placed)} |`,
      )
    }
  } else out.push(format(t.noCycles, { year: f.year }))
  out.push('')

  out.push(`## ${t.sections.projects}`, '')
  para('placement')
  for (const p of f.projects) {
    const title = esc(name(p.title, p.titleUr))
    const linked = p.status === 'COMPLETED' ? `[${title}](${abs(`/projects/${p.id}`)})` : title
    out.push(
      `- ${linked}: ${esc(name(p.departmentName, p.departmentNameUr))} (${t.projectStatuses[p.status as 'APPROVED' | 'COMPLETED'] ?? p.status})`,
    )
  }
  out.push('')

  out.push(`## ${t.sections.impact}`, '')
  para('impact')
  if (!f.highlights.length) out.push(t.noHighlights, '')
  for (const h of f.highlights) {
    const what = format(t.highlight, {
      measure: esc(name(h.name, h.nameUr)),
      project: esc(name(h.projectTitle, h.projectTitleUr)),
      department: esc(name(h.departmentName, h.departmentNameUr)),
    })
    const target = h.target ? ` (${format(t.ofTarget, { target: n(h.target) })})` : ''
    const src = highlightSource(h, 'public')
    out.push(`- **${n(h.value)} ${esc(h.unit)}**: ${what}${target}${src ? ` ([${t.sourceLink}](${abs(src)}))` : ''}`)
  }
  out.push('')
  para('closing')

  out.push(`## ${t.sections.sources}`, '', format(t.sourcesNote, { year: f.year }), '', `${t.openData} ${abs('/open-data')}`, '')
  return out.join('\n')
}
