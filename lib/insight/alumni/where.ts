// Who counts as an alumnus: a fellow who completed, or whose cycle has ended without them
// leaving early. Shared by the staff list, the sector figures and the yearly overview.
import { Prisma } from '@prisma/client'

export const alumniWhere: Prisma.FellowshipWhereInput = {
  OR: [{ status: 'COMPLETED' }, { cycle: { status: 'COMPLETED' }, status: { notIn: ['WITHDRAWN', 'TERMINATED'] } }],
}

/** The same rule in SQL, over fellowship `f` and its cycle `c`. */
export const ALUMNI_SQL = Prisma.sql`(f.status = 'COMPLETED' OR (c.status = 'COMPLETED' AND f.status NOT IN ('WITHDRAWN', 'TERMINATED')))`
