// SQL pieces shared by the aggregate queries, so every figure groups people the same way as
// the where-builders that list them (datasets/where.ts).
import { Prisma } from '@prisma/client'
import { REMOTE_DISTRICTS } from './regions'
import { KARACHI_SQL_INTERVAL, karachiYearRange } from '../i18n/karachi-time'

/** Placement states that mean a fellow held the seat (ENDED: held it to the end). */
export const PLACED_STATUSES = ['ACTIVE', 'ENDED'] as const
/** Fellowships that no longer report: they are not expected to send updates. */
export const NOT_REPORTING = ['WITHDRAWN', 'TERMINATED'] as const

/** The calendar year (Pakistan time) of a timestamp column, e.g. a cycle's start. */
export function karachiYear(column: string) {
  return Prisma.sql`EXTRACT(YEAR FROM ((${Prisma.raw(column)} AT TIME ZONE 'UTC') + ${Prisma.raw(KARACHI_SQL_INTERVAL)}))::int`
}

/** [1 January, 1 January of the next year) in Pakistan time. */
export function yearRange(year: number) {
  return karachiYearRange(year)
}

/** 'REMOTE' | 'SETTLED' | 'UNKNOWN' for a district expression (see regions.ts). */
export function regionSql(district: Prisma.Sql) {
  return Prisma.sql`CASE WHEN ${district} IS NULL OR ${district} = '' THEN 'UNKNOWN' WHEN ${district} IN (${Prisma.join([...REMOTE_DISTRICTS])}) THEN 'REMOTE' ELSE 'SETTLED' END`
}

/** Gender as grouped in figures: not stated counts with "prefer not to say". */
export function genderSql(gender: Prisma.Sql) {
  return Prisma.sql`COALESCE(${gender}::text, 'UNDISCLOSED')`
}

/** A fellow's gender and district: from their application, else their account. */
export const fellowGender = Prisma.sql`COALESCE(a.gender, u.gender)`
export const fellowDistrict = Prisma.sql`COALESCE(a.district, u.district)`

/** Keeps a raw count query's bigint results as plain numbers. */
export function num(v: unknown): number {
  if (v === null || v === undefined) return 0
  return typeof v === 'number' ? v : Number(v)
}
