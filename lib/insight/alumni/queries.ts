// Reads of alumni: a fellow's own profile, and staff's list of alumni across cycles with where
// they went next.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import { karachiYear, num, yearRange } from '../sql'
import { ALUMNI_SQL, alumniWhere } from './where'

export const ALUMNI_PAGE_SIZE = 50

/** The fellow's profile and fellowships; fellows keep this page after their cycle ends. */
export async function getOwnAlumniProfile(viewer: Viewer) {
  assertCan(viewer, 'alumni:write:own')
  const db = await getDb()
  const [profile, fellowships] = await Promise.all([
    db.alumniProfile.findUnique({
      where: { userId: viewer.userId },
      select: { currentRole: true, organisation: true, sector: true, nextStep: true, linkedinUrl: true, updatedAt: true },
    }),
    db.fellowship.findMany({
      where: { userId: viewer.userId },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        status: true,
        cycle: { select: { name: true, nameUr: true, status: true, programme: { select: { name: true, nameUr: true } } } },
      },
    }),
  ])
  return { profile, fellowships }
}

export interface AlumniFilter {
  programme?: string
  year?: number
  page?: number
}

function filterWhere(f: AlumniFilter): Prisma.FellowshipWhereInput {
  return {
    AND: [
      alumniWhere,
      ...(f.programme ? [{ cycle: { programmeId: f.programme } }] : []),
      ...(f.year ? [{ cycle: { startDate: yearRange(f.year) } }] : []),
    ],
  }
}

export async function listAlumni(viewer: Viewer, f: AlumniFilter = {}) {
  assertCan(viewer, 'alumni:read')
  const db = await getDb()
  const where = filterWhere(f)
  const page = f.page ?? 1
  const [rows, total] = await Promise.all([
    db.fellowship.findMany({
      where,
      orderBy: [{ cycle: { startDate: 'desc' } }, { user: { name: 'asc' } }, { id: 'asc' }],
      skip: (page - 1) * ALUMNI_PAGE_SIZE,
      take: ALUMNI_PAGE_SIZE,
      select: {
        id: true,
        cycle: { select: { name: true, nameUr: true, startDate: true, programme: { select: { name: true, nameUr: true } } } },
        user: {
          select: {
            name: true,
            alumniProfile: { select: { currentRole: true, organisation: true, sector: true, nextStep: true, linkedinUrl: true } },
          },
        },
        placements: {
          where: { status: { in: ['ACTIVE', 'ENDED'] } },
          orderBy: { createdAt: 'desc' },
          take: 1,
          select: { project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } } },
        },
      },
    }),
    db.fellowship.count({ where }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / ALUMNI_PAGE_SIZE)) }
}

/** Alumni by the sector they work in now ('' when they have not said). */
export async function alumniBySector(viewer: Viewer, f: AlumniFilter = {}) {
  assertCan(viewer, 'alumni:read')
  const db = await getDb()
  const parts: Prisma.Sql[] = [ALUMNI_SQL]
  if (f.programme) parts.push(Prisma.sql`c."programmeId" = ${f.programme}::uuid`)
  if (f.year) parts.push(Prisma.sql`${karachiYear('c."startDate"')} = ${f.year}::int`)
  const rows = await db.$queryRaw<{ sector: string; n: unknown }[]>`
    SELECT COALESCE(NULLIF(ap.sector, ''), '') AS sector, count(*)::int AS n
    FROM "Fellowship" f JOIN "Cycle" c ON c.id = f."cycleId" LEFT JOIN "AlumniProfile" ap ON ap."userId" = f."userId"
    WHERE ${Prisma.join(parts, ' AND ')}
    GROUP BY 1 ORDER BY 2 DESC, 1`
  return rows.map((r) => ({ sector: r.sector, count: num(r.n) }))
}
