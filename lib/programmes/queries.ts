// Reads of programmes. Staff see all (archived on request); the public sees unarchived ones.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'

/** A programme as the list and its own page name it. */
const programmeFields = { id: true, slug: true, name: true, nameUr: true, kind: true, level: true, province: true } as const

export async function listProgrammes(viewer: Viewer, opts: { includeArchived?: boolean } = {}) {
  assertCan(viewer, 'programme:manage')
  const db = await getDb()
  return db.programme.findMany({
    where: opts.includeArchived ? {} : { archivedAt: null },
    orderBy: { name: 'asc' },
    select: {
      ...programmeFields,
      archivedAt: true,
      _count: { select: { cycles: true } },
    },
  })
}

export async function getProgramme(viewer: Viewer, id: string) {
  assertCan(viewer, 'programme:manage')
  const db = await getDb()
  const p = await db.programme.findUnique({
    where: { id },
    select: {
      ...programmeFields,
      description: true,
      descriptionUr: true,
      funders: true,
      partners: true,
      durationMonths: true,
      stipendPkr: true,
      completionNeedsDeliverables: true,
      completionNeedsEvaluations: true,
      archivedAt: true,
      version: true,
      cycles: {
        orderBy: { number: 'desc' },
        select: {
          id: true,
          number: true,
          name: true,
          status: true,
          startDate: true,
          endDate: true,
          targetFellowCount: true,
          archivedAt: true,
        },
      },
    },
  })
  if (!p) throw notFound()
  return p
}

export type ProgrammeDetail = Awaited<ReturnType<typeof getProgramme>>
