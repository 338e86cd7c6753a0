// Deliverables of a cycle by department and status.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import type { Viewer } from '../../auth/viewer'
import { dashboardScope } from '../scope'
import { num } from '../sql'
import type { DeliverableStatusName } from '../../deliverables/status'

export interface DeliverableRow {
  departmentId: string
  name: string
  nameUr: string | null
  counts: Record<DeliverableStatusName, number>
  total: number
}

export async function deliverablesByStatus(viewer: Viewer, cycleId: string): Promise<DeliverableRow[]> {
  const { cycle, departmentId } = await dashboardScope(viewer, cycleId)
  const db = await getDb()
  const onlyDept = departmentId ? Prisma.sql`AND p."departmentId" = ${departmentId}::uuid` : Prisma.empty
  const rows = await db.$queryRaw<
    { departmentId: string; name: string; nameUr: string | null; status: DeliverableStatusName; n: unknown }[]
  >`
    SELECT p."departmentId", dep.name, dep."nameUr", d.status::text AS status, count(*)::int AS n
    FROM "Deliverable" d JOIN "Project" p ON p.id = d."projectId" JOIN "Department" dep ON dep.id = p."departmentId"
    WHERE p."cycleId" = ${cycle.id}::uuid ${onlyDept}
    GROUP BY p."departmentId", dep.name, dep."nameUr", d.status
    ORDER BY dep.name`
  const out = new Map<string, DeliverableRow>()
  for (const r of rows) {
    let row = out.get(r.departmentId)
    if (!row) {
      row = {
        departmentId: r.departmentId,
        name: r.name,
        nameUr: r.nameUr,
        counts: { NOT_STARTED: 0, SUBMITTED: 0, CHANGES_REQUESTED: 0, APPROVED: 0 },
        total: 0,
      }
      out.set(r.departmentId, row)
    }
    row.counts[r.status] = num(r.n)
    row.total += num(r.n)
  }
  return [...out.values()]
}
