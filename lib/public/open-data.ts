// Open data: the public information of the site as CSV and JSON at stable addresses
// (/open-data/<dataset>.csv|json). The same facts as the public pages; no personal data.
import 'server-only'
import { getDb } from '../server/db'
import { toKarachiLocal } from '../i18n/format'
import { appUrl } from '../server/mailer'
import type { Cell } from '../csv'
import { num } from '../insight/sql'
import { listCompletedProjects } from './projects'
import { getPublishedReport, listPublishedReports } from './reports'
import type { OpenDataset } from './open-data-fields'

export { OPEN_DATASETS, OPEN_FIELDS, type OpenDataset } from './open-data-fields'

export interface OpenData {
  /** Rows for the CSV, one array of cells per row, in OPEN_FIELDS order. */
  rows: Cell[][]
  /** The same records for the JSON file (lists as arrays, figures nested). */
  json: unknown[]
}

const day = (d: Date | null | undefined) => (d ? toKarachiLocal(d, false) : null)

async function programmes(): Promise<OpenData> {
  const db = await getDb()
  const ps = await db.programme.findMany({
    where: { archivedAt: null },
    orderBy: { slug: 'asc' },
    select: { slug: true, name: true, nameUr: true, kind: true, level: true, province: true, durationMonths: true, stipendPkr: true, funders: true, partners: true },
  })
  const json = ps.map((p) => ({ ...p, url: appUrl(`/programmes/${p.slug}`) }))
  return { json, rows: json.map((p) => [p.slug, p.name, p.nameUr, p.kind, p.level, p.province, p.durationMonths, p.stipendPkr, p.funders.join('; '), p.partners.join('; '), p.url]) }
}

async function cycles(): Promise<OpenData> {
  const db = await getDb()
  const rows = await db.$queryRaw<{ programme: string; number: number; name: string; status: string; startDate: Date | null; endDate: Date | null; targetFellows: number; applications: unknown; fellows: unknown }[]>`
    SELECT p.slug AS programme, c.number, c.name, c.status::text AS status, c."startDate", c."endDate", c."targetFellowCount" AS "targetFellows",
      (SELECT count(*) FROM "Application" a WHERE a."cycleId" = c.id AND a.stage <> 'DRAFT')::int AS applications,
      (SELECT count(*) FROM "Fellowship" f WHERE f."cycleId" = c.id)::int AS fellows
    FROM "Cycle" c JOIN "Programme" p ON p.id = c."programmeId"
    WHERE c."archivedAt" IS NULL AND p."archivedAt" IS NULL
    ORDER BY p.slug, c.number`
  const json = rows.map((c) => ({ ...c, startDate: day(c.startDate), endDate: day(c.endDate), applications: num(c.applications), fellows: num(c.fellows) }))
  return { json, rows: json.map((c) => [c.programme, c.number, c.name, c.status, c.startDate, c.endDate, c.targetFellows, c.applications, c.fellows]) }
}

async function projects(): Promise<OpenData> {
  const ps = await listCompletedProjects()
  const json = ps.map((p) => ({
    projectId: p.id,
    title: p.title,
    department: p.department.name,
    programme: p.cycle.programme.slug,
    cycle: p.cycle.name,
    year: p.cycle.startDate ? Number(toKarachiLocal(p.cycle.startDate, false).slice(0, 4)) : null,
    summary: p.summary,
    url: appUrl(`/projects/${p.id}`),
    impact: p.impact.map((f) => ({ measure: f.name, unit: f.unit, value: f.value, target: f.target, recordedOn: day(f.recordedOn) })),
  }))
  const rows: Cell[][] = []
  for (const p of json) {
    const base = [p.projectId, p.title, p.department, p.programme, p.cycle, p.year, p.summary]
    // One row per figure; a project without figures still gets its row.
    if (!p.impact.length) rows.push([...base, null, null, null, null, null, p.url])
    for (const f of p.impact) rows.push([...base, f.measure, f.unit, f.value, f.target, f.recordedOn, p.url])
  }
  return { json, rows }
}

async function reports(): Promise<OpenData> {
  const list = await listPublishedReports()
  const json = []
  for (const r of list) {
    const full = await getPublishedReport(r.year)
    const t = full!.figures.totals
    json.push({
      year: r.year,
      title: r.title,
      publishedAt: day(r.publishedAt),
      figures: { applications: t.applications, fellows: t.fellows, placed: t.placed, departments: t.departments, projects: t.projects, deliverablesApproved: t.deliverablesApproved },
      highlights: full!.figures.highlights.map((h) => ({ measure: h.name, unit: h.unit, value: h.value, project: h.projectTitle, department: h.departmentName })),
      url: appUrl(`/reports/${r.year}`),
    })
  }
  return {
    json,
    rows: json.map((r) => [r.year, r.title, r.publishedAt, r.figures.applications, r.figures.fellows, r.figures.placed, r.figures.departments, r.figures.projects, r.figures.deliverablesApproved, r.url]),
  }
}

export async function openData(name: OpenDataset): Promise<OpenData> {
  switch (name) {
    case 'programmes':
      return programmes()
    case 'cycles':
      return cycles()
    case 'projects':
      return projects()
    case 'reports':
      return reports()
  }
}
