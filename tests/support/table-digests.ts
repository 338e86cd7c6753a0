// What changed in the database: one hash per table, compared before and after a call.
import { getDb } from '../../lib/server/db'

let digestSql: string | undefined

/**
 * One hash per table of every row's content: any insert, update or delete changes it.
 * CacheVersion is left out: database triggers bump it with every statement on the public
 * tables (docs/decisions/017-public-page-cache.md), so it only ever changes alongside a table
 * that is compared here, or after a statement that changed no row at all.
 */
export async function tableDigests(): Promise<Record<string, string>> {
  const db = await getDb()
  if (!digestSql) {
    const tables = await db.$queryRawUnsafe<{ t: string }[]>(
      `SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'CacheVersion') ORDER BY 1`,
    )
    digestSql =
      'SELECT ' +
      tables
        .map(({ t }) => {
          const q = t.replace(/"/g, '""')
          return `(SELECT coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') FROM "${q}" x) AS "${q}"`
        })
        .join(', ')
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(digestSql)
  return row
}
