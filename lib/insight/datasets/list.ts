// The rows behind a figure: a page of one dataset under a filter, with the total. Staff only;
// names are shown (staff work with them every day); email addresses are read for the export only.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import type { Dataset, DatasetFilter } from './schema'
import { applicationsWhere, deliverablesWhere, fellowsWhere, metricsWhere, placementsWhere, updatesWhere } from './where'

export const LIST_PAGE_SIZE = 50

const cycleName = { select: { id: true, name: true } } as const
const dept = { select: { name: true, nameUr: true } } as const

/** How many rows a filter selects: the number a figure links from. */
export async function countDataset(viewer: Viewer, dataset: Dataset, f: DatasetFilter): Promise<number> {
  assertCan(viewer, 'insight:data:read')
  const db = await getDb()
  switch (dataset) {
    case 'applications':
      return db.application.count({ where: applicationsWhere(f) })
    case 'fellows':
      return db.fellowship.count({ where: fellowsWhere(f) })
    case 'placements':
      return db.placement.count({ where: placementsWhere(f) })
    case 'updates':
      return db.progressUpdate.count({ where: updatesWhere(f) })
    case 'deliverables':
      return db.deliverable.count({ where: deliverablesWhere(f) })
    case 'metrics':
      return db.impactMetricValue.count({ where: metricsWhere(f) })
  }
}

// Every order ends with the id, so pages (and export batches) never overlap or skip a row.
async function page(dataset: Dataset, f: DatasetFilter, p: { skip: number; take: number }) {
  const db = await getDb()
  const paging = <O>(orderBy: O) => ({ orderBy, skip: p.skip, take: p.take })
  switch (dataset) {
    case 'applications':
      return db.application.findMany({
        where: applicationsWhere(f),
        ...paging([{ submittedAt: 'desc' }, { id: 'asc' }]),
        select: {
          id: true,
          stage: true,
          eligibility: true,
          gender: true,
          district: true,
          scoreMean: true,
          submittedAt: true,
          cycle: cycleName,
          applicant: { select: { name: true, email: true } },
        },
      })
    case 'fellows':
      return db.fellowship.findMany({
        where: fellowsWhere(f),
        ...paging([{ cycle: { startDate: 'desc' } }, { user: { name: 'asc' } }, { id: 'asc' }]),
        select: {
          id: true,
          status: true,
          cycle: cycleName,
          user: { select: { name: true, email: true, gender: true, district: true } },
          application: { select: { gender: true, district: true } },
          placements: {
            where: { status: { in: ['ACTIVE', 'ENDED'] } },
            select: { project: { select: { title: true, department: dept } } },
          },
        },
      })
    case 'placements':
      return db.placement.findMany({
        where: placementsWhere(f),
        ...paging([{ project: { title: 'asc' } }, { id: 'asc' }]),
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          rankObtained: true,
          fellowship: { select: { user: { select: { name: true, email: true } }, cycle: cycleName } },
          project: { select: { title: true, department: dept } },
        },
      })
    case 'updates':
      return db.progressUpdate.findMany({
        where: updatesWhere(f),
        ...paging([{ periodIndex: 'desc' }, { id: 'asc' }]),
        select: {
          id: true,
          periodIndex: true,
          periodEnd: true,
          status: true,
          late: true,
          submittedAt: true,
          hours: true,
          fellowship: { select: { user: { select: { name: true } }, cycle: cycleName } },
        },
      })
    case 'deliverables':
      return db.deliverable.findMany({
        where: deliverablesWhere(f),
        ...paging([{ dueDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }]),
        select: {
          id: true,
          title: true,
          kind: true,
          status: true,
          dueDate: true,
          project: { select: { title: true, department: dept, cycle: cycleName } },
        },
      })
    case 'metrics':
      return db.impactMetricValue.findMany({
        where: metricsWhere(f),
        ...paging([{ recordedOn: 'desc' }, { id: 'asc' }]),
        select: {
          id: true,
          value: true,
          recordedOn: true,
          source: true,
          metric: {
            select: { name: true, nameUr: true, unit: true, project: { select: { title: true, department: dept, cycle: cycleName } } },
          },
        },
      })
  }
}

export type DatasetPage = Awaited<ReturnType<typeof page>>

export async function listDataset(viewer: Viewer, dataset: Dataset, f: DatasetFilter, pageNo = 1) {
  assertCan(viewer, 'insight:data:read')
  const [total, rows] = await Promise.all([
    countDataset(viewer, dataset, f),
    page(dataset, f, { skip: (pageNo - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE }),
  ])
  return { total, rows, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)) }
}

/**
 * For the export: the same rows, in the list's order, in batches, so a large dataset never
 * sits in memory at once.
 */
export async function* datasetBatches(dataset: Dataset, f: DatasetFilter, batch = 1000) {
  for (let skip = 0; ; skip += batch) {
    const rows: DatasetPage = await page(dataset, f, { skip, take: batch })
    if (!rows.length) return
    yield rows
    if (rows.length < batch) return
  }
}
