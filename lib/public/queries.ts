// What anyone may see without signing in: programmes, their cycles and open calls. Counts
// only, never a person: no names, emails, phone numbers or CNICs leave this module.
import 'server-only'
import { getDb } from '../server/db'
import { nextMoment, publicCached } from '../server/public-cache'

const programmeCard = { id: true, slug: true, name: true, nameUr: true, description: true, descriptionUr: true, kind: true, level: true } as const

/** Cached per process until a programme changes (lib/server/public-cache.ts). */
export function listPublicProgrammes() {
  return publicCached('programmes', async () => {
    const db = await getDb()
    return { value: await db.programme.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' }, select: programmeCard }) }
  })
}

/** A call is open while its cycle recruits and the clock is between opening and closing. */
export function openCallWhere(now: Date) {
  return { status: 'RECRUITING' as const, archivedAt: null, applicationsOpenAt: { lte: now }, applicationsCloseAt: { gt: now } }
}

/** Cycles taking applications now. Cached per process until a cycle or programme changes, or one opens or closes. */
export function listOpenCalls() {
  return publicCached('open-calls', async (now) => {
    const db = await getDb()
    const recruiting = { status: 'RECRUITING' as const, archivedAt: null, programme: { archivedAt: null } }
    const [open, moments] = await Promise.all([
      db.cycle.findMany({
        where: { ...openCallWhere(now), programme: { archivedAt: null } },
        orderBy: { applicationsCloseAt: 'asc' },
        select: { id: true, name: true, applicationsCloseAt: true, programme: { select: { slug: true, name: true, nameUr: true } } },
      }),
      db.cycle.findMany({ where: recruiting, select: { applicationsOpenAt: true, applicationsCloseAt: true } }),
    ])
    return { value: open, changesAt: nextMoment(now, moments.flatMap((c) => [c.applicationsOpenAt, c.applicationsCloseAt])) }
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
