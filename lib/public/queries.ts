// What anyone may see without signing in: programmes, their cycles and open calls. Counts
// only, never a person: no names, emails, phone numbers or CNICs leave this module.
import 'server-only'
import { getDb } from '../server/db'

const programmeCard = { id: true, slug: true, name: true, nameUr: true, description: true, descriptionUr: true, kind: true, level: true } as const

export async function listPublicProgrammes() {
  const db = await getDb()
  return db.programme.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' }, select: programmeCard })
}

/** A call is open while its cycle recruits and the clock is between opening and closing. */
export function openCallWhere(now: Date) {
  return { status: 'RECRUITING' as const, archivedAt: null, applicationsOpenAt: { lte: now }, applicationsCloseAt: { gt: now } }
}

export async function listOpenCalls(now = new Date()) {
  const db = await getDb()
  return db.cycle.findMany({
    where: { ...openCallWhere(now), programme: { archivedAt: null } },
    orderBy: { applicationsCloseAt: 'asc' },
    select: { id: true, name: true, applicationsCloseAt: true, programme: { select: { slug: true, name: true, nameUr: true } } },
  })
}

export async function getPublicProgramme(slug: string, now = new Date()) {
  const db = await getDb()
  const p = await db.programme.findFirst({
    where: { slug, archivedAt: null },
    select: {
      ...programmeCard,
      province: true,
      funders: true,
      partners: true,
      durationMonths: true,
      stipendPkr: true,
      cycles: {
        where: { archivedAt: null },
        orderBy: [{ number: 'desc' }],
        select: {
          id: true,
          number: true,
          name: true,
          status: true,
          startDate: true,
          endDate: true,
          applicationsOpenAt: true,
          applicationsCloseAt: true,
          _count: { select: { fellowships: true } },
        },
      },
    },
  })
  if (!p) return null
  const open = p.cycles.find((c) => c.status === 'RECRUITING' && c.applicationsOpenAt && c.applicationsCloseAt && c.applicationsOpenAt <= now && now < c.applicationsCloseAt)
  return { ...p, openCall: open ? { id: open.id, closesAt: open.applicationsCloseAt! } : null }
}
