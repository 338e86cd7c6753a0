// Equity figures: applicants and fellows by gender, region (remote or settled) and district,
// for a cycle, a programme or a year, and year by year. Groups of 1-4 people are suppressed.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { genderSql, karachiYear, num, regionSql } from './sql'
import { shownRate, suppressCell, suppressColumn, type Shown } from './suppress'
import { GENDERS } from './datasets/schema'
import { REGIONS } from './regions'

export const DIMENSIONS = ['gender', 'region', 'district'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface EquityScope {
  cycle?: string
  programme?: string
  year?: number
}

export interface EquityCell {
  applicants: Shown
  fellows: Shown
  /**
   * Fellows per hundred applicants, over the cycles that took applications in Daftar only
   * (earlier cycles have fellows but no applications here), when the counts can be shown.
   */
  rate: number | null
}

export interface EquityTable {
  rows: (EquityCell & { key: string })[]
  total: EquityCell
  /** Some fellows are of cycles without applications in Daftar, so they are left out of the rate. */
  rateLeavesOut: boolean
}

function keyExpr(dim: Dimension, gender: Prisma.Sql, district: Prisma.Sql) {
  if (dim === 'gender') return genderSql(gender)
  if (dim === 'region') return regionSql(district)
  // An unknown district is grouped under '' (shown as "not stated").
  return Prisma.sql`COALESCE(${district}, '')`
}

function scopeSql(s: EquityScope) {
  const parts: Prisma.Sql[] = []
  if (s.cycle) parts.push(Prisma.sql`c.id = ${s.cycle}::uuid`)
  if (s.programme) parts.push(Prisma.sql`c."programmeId" = ${s.programme}::uuid`)
  if (s.year) parts.push(Prisma.sql`${karachiYear('c."startDate"')} = ${s.year}::int`)
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, ' AND ')}` : Prisma.empty
}

type CountRow = { key: string; year: number | null; n: unknown; rated?: boolean }

async function counts(dim: Dimension, s: EquityScope, byYear: boolean) {
  const db = await getDb()
  const year = byYear ? karachiYear('c."startDate"') : Prisma.sql`NULL::int`
  const onlyDated = byYear ? Prisma.sql`AND c."startDate" IS NOT NULL` : Prisma.empty
  const [applicants, fellows] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      SELECT ${keyExpr(dim, Prisma.sql`a.gender`, Prisma.sql`a.district`)} AS key, ${year} AS year, count(*)::int AS n
      FROM "Application" a JOIN "Cycle" c ON c.id = a."cycleId"
      WHERE a.stage <> 'DRAFT' ${scopeSql(s)} ${onlyDated}
      GROUP BY 1, 2`,
    db.$queryRaw<CountRow[]>`
      SELECT ${keyExpr(dim, Prisma.sql`COALESCE(a.gender, u.gender)`, Prisma.sql`COALESCE(a.district, u.district)`)} AS key, ${year} AS year, count(*)::int AS n,
        EXISTS (SELECT 1 FROM "Application" x WHERE x."cycleId" = c.id AND x.stage <> 'DRAFT') AS rated
      FROM "Fellowship" f JOIN "Cycle" c ON c.id = f."cycleId" JOIN "User" u ON u.id = f."userId" LEFT JOIN "Application" a ON a.id = f."applicationId"
      WHERE true ${scopeSql(s)} ${onlyDated}
      GROUP BY 1, 2, 4`,
  ])
  return { applicants, fellows }
}

function orderKeys(dim: Dimension, found: Map<string, number>): string[] {
  if (dim === 'gender') return [...GENDERS]
  if (dim === 'region') return [...REGIONS]
  // Districts: largest first, "not stated" last.
  return [...found.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (found.get(b) ?? 0) - (found.get(a) ?? 0) || a.localeCompare(b)))
}

function table(dim: Dimension, apps: Map<string, number>, fellowRows: CountRow[]): EquityTable {
  const fellows = toMap(fellowRows)
  // The rate's fellows: those of cycles that took applications, so old cycles recruited before
  // Daftar do not make it read 181 fellows per 100 applicants.
  const rated = toMap(fellowRows.filter((r) => r.rated))
  const all = new Map(apps)
  for (const k of fellows.keys()) if (!all.has(k)) all.set(k, 0)
  const keys = orderKeys(dim, all)
  const a = suppressColumn(keys.map((k) => apps.get(k) ?? 0))
  const f = suppressColumn(keys.map((k) => fellows.get(k) ?? 0))
  const r = suppressColumn(keys.map((k) => rated.get(k) ?? 0))
  const sum = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0)
  const totalA = suppressCell(sum(apps))
  return {
    rows: keys.map((key, i) => ({ key, applicants: a[i], fellows: f[i], rate: shownRate(r[i], a[i]) })),
    total: { applicants: totalA, fellows: suppressCell(sum(fellows)), rate: shownRate(suppressCell(sum(rated)), totalA) },
    rateLeavesOut: sum(rated) < sum(fellows),
  }
}

/** Counts by key (rows of one key, e.g. rated and not, added up). */
function toMap(rows: CountRow[]) {
  const out = new Map<string, number>()
  for (const r of rows) out.set(r.key, (out.get(r.key) ?? 0) + num(r.n))
  return out
}

/** Applicants and fellows by one dimension, within a cycle, programme and/or year. */
export async function equityBreakdown(viewer: Viewer, scope: EquityScope, dim: Dimension): Promise<EquityTable> {
  assertCan(viewer, 'dashboard:read:any')
  const { applicants, fellows } = await counts(dim, scope, false)
  return table(dim, toMap(applicants), fellows)
}

/** The same, year by year (by the year each cycle started), for a programme or all of them. */
export async function equityOverYears(viewer: Viewer, scope: Pick<EquityScope, 'programme'>, dim: Exclude<Dimension, 'district'>) {
  assertCan(viewer, 'dashboard:read:any')
  const { applicants, fellows } = await counts(dim, scope, true)
  const years = [...new Set([...applicants, ...fellows].map((r) => num(r.year)))].sort((x, y) => y - x)
  return years.map((year) => ({
    year,
    table: table(
      dim,
      toMap(applicants.filter((r) => num(r.year) === year)),
      fellows.filter((r) => num(r.year) === year),
    ),
  }))
}
