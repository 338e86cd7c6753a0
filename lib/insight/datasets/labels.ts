// Names for the ids in a filter (cycle, programme, department, project), so a list says what
// it is filtered by in words rather than ids.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import type { DatasetFilter } from './schema'

export interface Named {
  name: string
  nameUr: string | null
}

export async function filterNames(viewer: Viewer, f: DatasetFilter) {
  assertCan(viewer, 'insight:data:read')
  const db = await getDb()
  const [cycle, programme, department, project] = await Promise.all([
    f.cycle
      ? db.cycle.findUnique({ where: { id: f.cycle }, select: { name: true, programme: { select: { name: true, nameUr: true } } } })
      : null,
    f.programme ? db.programme.findUnique({ where: { id: f.programme }, select: { name: true, nameUr: true } }) : null,
    f.department ? db.department.findUnique({ where: { id: f.department }, select: { name: true, nameUr: true } }) : null,
    f.project ? db.project.findUnique({ where: { id: f.project }, select: { title: true, titleUr: true } }) : null,
  ])
  return {
    cycle: cycle
      ? {
          name: `${cycle.programme.name}: ${cycle.name}`,
          nameUr: cycle.programme.nameUr ? `${cycle.programme.nameUr}: ${cycle.name}` : null,
        }
      : null,
    programme,
    department,
    project: project ? { name: project.title, nameUr: project.titleUr } : null,
  } satisfies Record<string, Named | null>
}
