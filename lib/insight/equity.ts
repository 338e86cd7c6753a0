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
  /** Fellows per hundred applicants, when both counts can be shown. */
  rate: number | null
}

export interface EquityTable {
  rows: (EquityCell & { key: string })[]
  total: EquityCell
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

type CountRow = { key: string; year: number | null; n: unknown }

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
      SELECT ${keyExpr(dim, Prisma.sql`COALESCE(a.gender, u.gender)`, Prisma.sql`COALESCE(a.district, u.district)`)} AS key, ${year} AS year, count(*)::int AS n
      FROM "Fellowship" f JOIN "Cycle" c ON c.id = f."cycleId" JOIN "User" u ON u.id = f."userId" LEFT JOIN "Application" a ON a.id = f."applicationId"
      WHERE true ${scopeSql(s)} ${onlyDated}
      GROUP BY 1, 2`,
  ])
  return { applicants, fellows }
}

function orderKeys(dim: Dimension, found: Map<string, number>): string[] {
  if (dim === 'gender') return [...GENDERS]
  if (dim === 'region') return [...REGIONS]
  // Districts: largest first, "not stated" last.
  return [...found.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : (found.get(b) ?? 0) - (found.get(a) ?? 0) || a.localeCompare(b)))
}

function table(dim: Dimension, apps: Map<string, number>, fellows: Map<string, number>): EquityTable {
  const all = new Map(apps)
  for (const k of fellows.keys()) if (!all.has(k)) all.set(k, 0)
  const keys = orderKeys(dim, all)
  const a = suppressColumn(keys.map((k) => apps.get(k) ?? 0))
  const f = suppressColumn(keys.map((k) => fellows.get(k) ?? 0))
  const totalA = suppressCell([...apps.values()].reduce((s, n) => s + n, 0))
  const totalF = suppressCell([...fellows.values()].reduce((s, n) => s + n, 0))
  return {
    rows: keys.map((key, i) => ({ key, applicants: a[i], fellows: f[i], rate: shownRate(f[i], a[i]) })),
    total: { applicants: totalA, fellows: totalF, rate: shownRate(totalF, totalA) },
  }
}

const toMap = (rows: CountRow[]) => new Map(rows.map((r) => [r.key, num(r.n)]))

/** Applicants and fellows by one dimension, within a cycle, programme and/or year. */
export async function equityBreakdown(viewer: Viewer, scope: EquityScope, dim: Dimension): Promise<EquityTable> {
  assertCan(viewer, 'dashboard:read:any')
  const { applicants, fellows } = await counts(dim, scope, false)
  return table(dim, toMap(applicants), toMap(fellows))
}

/** The same, year by year (by the year each cycle started), for a programme or all of them. */
export async function equityOverYears(viewer: Viewer, scope: Pick<EquityScope, 'programme'>, dim: Exclude<Dimension, 'district'>) {
  assertCan(viewer, 'dashboard:read:any')
  const { applicants, fellows } = await counts(dim, scope, true)
  const years = [...new Set([...applicants, ...fellows].map((r) => num(r.year)))].sort((x, y) => y - x)
  return years.map((year) => ({
    year,
    table: table(dim, toMap(applicants.filter((r) => num(r.year) === year)), toMap(fellows.filter((r) => num(r.year) === year))),
  }))
}
