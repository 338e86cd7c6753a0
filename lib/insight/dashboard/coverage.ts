// Placement coverage of a cycle: seats each department asked for against fellows placed there.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import type { Viewer } from '../../auth/viewer'
import { dashboardScope } from '../scope'
import { num } from '../sql'

export interface CoverageRow {
  departmentId: string
  name: string
  nameUr: string | null
  seats: number
  placed: number
}

export async function placementCoverage(viewer: Viewer, cycleId: string): Promise<CoverageRow[]> {
  const { cycle, departmentId } = await dashboardScope(viewer, cycleId)
  const db = await getDb()
  const onlyDept = departmentId ? Prisma.sql`AND d.id = ${departmentId}::uuid` : Prisma.empty
  // Departments with a seat request or a project in the cycle; "placed" counts fellows (not
  // placements) holding or having held a seat on one of the department's projects.
  const rows = await db.$queryRaw<{ departmentId: string; name: string; nameUr: string | null; seats: unknown; placed: unknown }[]>`
    SELECT d.id AS "departmentId", d.name, d."nameUr",
      COALESCE((SELECT cd."seatsRequested" FROM "CycleDepartment" cd WHERE cd."cycleId" = ${cycle.id}::uuid AND cd."departmentId" = d.id), 0)::int AS seats,
      (SELECT count(DISTINCT pl."fellowshipId") FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
        WHERE p."cycleId" = ${cycle.id}::uuid AND p."departmentId" = d.id AND pl.status IN ('ACTIVE', 'ENDED'))::int AS placed
    FROM "Department" d
    WHERE (EXISTS (SELECT 1 FROM "CycleDepartment" cd WHERE cd."cycleId" = ${cycle.id}::uuid AND cd."departmentId" = d.id)
        OR EXISTS (SELECT 1 FROM "Project" p WHERE p."cycleId" = ${cycle.id}::uuid AND p."departmentId" = d.id)) ${onlyDept}
    ORDER BY d.name`
  return rows.map((r) => ({ departmentId: r.departmentId, name: r.name, nameUr: r.nameUr, seats: num(r.seats), placed: num(r.placed) }))
}
