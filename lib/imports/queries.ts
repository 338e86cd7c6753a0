// Staff reads for the import page: the cycles a file can go into, and the runs so far.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import type { RowProblem } from './values'

export async function importCycleOptions(viewer: Viewer) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  return db.cycle.findMany({
    where: { archivedAt: null },
    orderBy: [{ programme: { name: 'asc' } }, { number: 'desc' }],
    select: { id: true, name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } },
  })
}

export async function listImportRuns(viewer: Viewer, take = 20) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const runs = await db.importRun.findMany({
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      kind: true,
      fileName: true,
      status: true,
      totalRows: true,
      processedRows: true,
      createdCount: true,
      updatedCount: true,
      skippedCount: true,
      errorCount: true,
      errors: true,
      createdAt: true,
      finishedAt: true,
      cycle: { select: { name: true, nameUr: true } },
      startedBy: { select: { name: true } },
    },
  })
  return runs.map((r) => ({ ...r, errors: (r.errors as unknown as RowProblem[]).slice(0, 100) }))
}
