// Impact figures for the public home page: those of the latest published year in review, then
// those of completed projects. Everything here is already public elsewhere on the site.
import 'server-only'
import { getPublishedReport, listPublishedReports } from './reports'
import { listCompletedProjects } from './projects'
import { publicCached } from '../server/public-cache'

export interface Highlight {
  key: string
  value: number
  unit: string
  name: string
  nameUr: string | null
  projectTitle: string
  projectTitleUr: string | null
  departmentName: string
  departmentNameUr: string | null
  href: string
}

/**
 * The figures are cached per process like the rest of the public data; as they are composed
 * from tables the public version does not watch (applications, fellowships), a copy is also
 * kept for at most five minutes.
 */
export function homeHighlights(limit = 6): Promise<Highlight[]> {
  return publicCached(`highlights:${limit}`, async () => ({ value: await composeHighlights(limit) }), { maxAgeMs: HIGHLIGHTS_MAX_AGE_MS })
}

export const HIGHLIGHTS_MAX_AGE_MS = 5 * 60_000

async function composeHighlights(limit: number): Promise<Highlight[]> {
  const out: Highlight[] = []
  const [latest] = await listPublishedReports()
  const report = latest ? await getPublishedReport(latest.year) : null
  for (const h of report?.figures.highlights ?? []) {
    out.push({
      key: h.metricId,
      value: h.value,
      unit: h.unit,
      name: h.name,
      nameUr: h.nameUr,
      projectTitle: h.projectTitle,
      projectTitleUr: h.projectTitleUr,
      departmentName: h.departmentName,
      departmentNameUr: h.departmentNameUr,
      href: h.projectStatus === 'COMPLETED' ? `/projects/${h.projectId}` : `/reports/${report!.year}`,
    })
  }
  if (out.length < limit) {
    for (const p of await listCompletedProjects()) {
      for (const f of p.impact) {
        out.push({
          key: `${p.id}:${f.name}`,
          value: f.value,
          unit: f.unit,
          name: f.name,
          nameUr: f.nameUr,
          projectTitle: p.title,
          projectTitleUr: p.titleUr,
          departmentName: p.department.name,
          departmentNameUr: p.department.nameUr,
          href: `/projects/${p.id}`,
        })
      }
      if (out.length >= limit) break
    }
  }
  return out.slice(0, limit)
}
