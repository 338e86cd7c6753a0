// Finding a person across every cycle and reading their history there: staff only. A viewer
// without the permission gets "not found" for a person, as for any record they may not see.
// Viewing is not audited (as with applications); the CNIC is never shown whole here.
import 'server-only'
import { Prisma, type ApplicationStage, type FellowshipStatus, type Role } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan, can } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { normaliseCnic } from '../identity-formats'
import { maskCnic, maskPhone, prefixPattern, queryTerms } from './terms'

export const SEARCH_LIMIT = 50
/** Matching terms read at most (a person may match a word twice: "Khan Khan"). */
const MATCH_CAP = 1000

export interface PersonHit {
  id: string
  name: string
  email: string
  phone: string | null
  cnic: string | null
  role: Role
  active: boolean
  applications: number
  fellowships: number
}

/**
 * People whose terms start with every word typed (each word a prefix, intersected), by name.
 * `more` says there were over SEARCH_LIMIT: the page asks for another word.
 */
export async function searchPeople(viewer: Viewer, q: string): Promise<{ rows: PersonHit[]; more: boolean; terms: string[] }> {
  assertCan(viewer, 'application:read:any')
  const terms = queryTerms(q)
  if (!terms.length) return { rows: [], more: false, terms }
  const db = await getDb()
  const sets = terms.map((t) => Prisma.sql`SELECT "userId" FROM "PersonSearchTerm" WHERE "term" LIKE ${prefixPattern(t)}`)
  // The matches are capped before they are sorted by name: a short prefix ("ar") matches tens of
  // thousands of terms, and sorting every person they name was the slow part. Past the cap the
  // page asks for another word, as it does past SEARCH_LIMIT people.
  const people = await db.$queryRaw<(Omit<PersonHit, 'applications' | 'fellowships'> & { matched: number })[]>`
    WITH m AS MATERIALIZED (${Prisma.join(sets, ' INTERSECT ')} LIMIT ${MATCH_CAP})
    SELECT u."id", u."name", u."email", u."phone", u."cnic", u."role"::text AS "role", u."active",
      (SELECT count(*) FROM m)::int AS "matched"
    FROM "User" u
    WHERE u."id" IN (SELECT "userId" FROM m)
    ORDER BY u."name", u."id"
    LIMIT ${SEARCH_LIMIT + 1}`
  const shown = people.slice(0, SEARCH_LIMIT)
  const ids = shown.map((p) => p.id)
  // Applications by applicant through each cycle: the only index holding the applicant is
  // (cycleId, applicantId), so one probe per cycle beats scanning every application.
  const [apps, fellowships] = ids.length
    ? await Promise.all([
        db.$queryRaw<{ id: string; n: bigint | number }[]>`
          SELECT a."applicantId" AS "id", count(*) AS "n" FROM "Cycle" c
          JOIN "Application" a ON a."cycleId" = c."id" AND a."applicantId" = ANY(${ids}::uuid[])
          WHERE a."stage" <> 'DRAFT' GROUP BY a."applicantId"`,
        db.fellowship.groupBy({ by: ['userId'], where: { userId: { in: ids } }, _count: { _all: true } }),
      ])
    : [[], []]
  const appCount = new Map(apps.map((a) => [a.id, Number(a.n)]))
  const fellowCount = new Map(fellowships.map((f) => [f.userId, f._count._all]))
  const rows = shown.map(({ matched: _, ...p }) => ({
    ...p,
    applications: appCount.get(p.id) ?? 0,
    fellowships: fellowCount.get(p.id) ?? 0,
  }))
  return {
    terms,
    more: people.length > SEARCH_LIMIT || (people[0]?.matched ?? 0) >= MATCH_CAP,
    rows: rows.map((r) => ({ ...r, phone: maskPhone(r.phone), cnic: maskCnic(r.cnic) })),
  }
}

/** Stages after which an application counts as turned down, for the re-application flag. */
const TURNED_DOWN: readonly ApplicationStage[] = ['REJECTED']

export interface HistoryApplication {
  id: string
  cycleId: string
  cycleName: string
  cycleNameUr: string | null
  programmeName: string
  programmeNameUr: string | null
  stage: ApplicationStage
  submittedAt: Date | null
  decidedAt: Date | null
  /** An earlier application of theirs, in another cycle, was rejected. */
  reappliedAfterRejection: boolean
  /** The CNIC given in this application, masked, when it is not the account's (another person's, or a typo). */
  cnicClash: string | null
}

/** One person's record across every cycle: applications, fellowships, alumni profile, certificates. */
export async function personHistory(viewer: Viewer, userId: string) {
  if (!can(viewer, 'application:read:any')) throw notFound()
  const db = await getDb()
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      cnic: true,
      role: true,
      active: true,
      gender: true,
      district: true,
      createdAt: true,
      applications: {
        where: { stage: { not: 'DRAFT' } },
        select: {
          id: true,
          stage: true,
          submittedAt: true,
          decidedAt: true,
          createdAt: true,
          answers: true,
          cycle: {
            select: { id: true, name: true, nameUr: true, number: true, programme: { select: { name: true, nameUr: true } } },
          },
        },
      },
      fellowships: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          status: true,
          startedAt: true,
          endedAt: true,
          cycle: { select: { id: true, name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } } },
          placements: {
            orderBy: { createdAt: 'desc' },
            where: { status: { in: ['ACTIVE', 'ENDED', 'TRANSFERRED'] } },
            take: 1,
            select: { project: { select: { title: true, department: { select: { name: true, nameUr: true } } } } },
          },
          certificate: { select: { code: true, issuedAt: true, revokedAt: true } },
        },
      },
      alumniProfile: { select: { currentRole: true, organisation: true, sector: true, nextStep: true, linkedinUrl: true } },
    },
  })
  if (!user) throw notFound()
  // Oldest first: by when they applied (a past cycle imported later keeps its own order).
  const apps = [...user.applications].sort((a, b) => (a.submittedAt ?? a.createdAt).getTime() - (b.submittedAt ?? b.createdAt).getTime())
  let rejectedBefore = false
  const applications: HistoryApplication[] = apps.map((a) => {
    const row = {
      id: a.id,
      cycleId: a.cycle.id,
      cycleName: a.cycle.name,
      cycleNameUr: a.cycle.nameUr,
      programmeName: a.cycle.programme.name,
      programmeNameUr: a.cycle.programme.nameUr,
      stage: a.stage,
      submittedAt: a.submittedAt,
      decidedAt: a.decidedAt,
      reappliedAfterRejection: rejectedBefore,
      cnicClash: clash(a.answers, user.cnic),
    }
    if (TURNED_DOWN.includes(a.stage)) rejectedBefore = true
    return row
  })
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    phone: maskPhone(user.phone),
    cnic: maskCnic(user.cnic),
    role: user.role,
    active: user.active,
    gender: user.gender,
    district: user.district,
    createdAt: user.createdAt,
    applications,
    fellowships: user.fellowships.map((f) => ({
      id: f.id,
      status: f.status as FellowshipStatus,
      startedAt: f.startedAt,
      endedAt: f.endedAt,
      cycleId: f.cycle.id,
      cycleName: f.cycle.name,
      cycleNameUr: f.cycle.nameUr,
      programmeName: f.cycle.programme.name,
      programmeNameUr: f.cycle.programme.nameUr,
      project: f.placements[0]?.project.title ?? null,
      department: f.placements[0]?.project.department ?? null,
      certificate: f.certificate,
    })),
    alumni: user.alumniProfile,
  }
}

function clash(answers: Prisma.JsonValue, accountCnic: string | null): string | null {
  const given = answers && typeof answers === 'object' && !Array.isArray(answers) ? answers.cnic : null
  const cnic = typeof given === 'string' ? normaliseCnic(given) : null
  return cnic && cnic !== accountCnic ? maskCnic(cnic) : null
}

export type PersonHistory = Awaited<ReturnType<typeof personHistory>>

/** A person's other applications (submitted, in any cycle) and how many of those were rejected: for the staff application page. */
export async function otherApplications(viewer: Viewer, userId: string, exceptId: string) {
  if (!can(viewer, 'application:read:any')) throw notFound()
  const db = await getDb()
  const rows = await db.application.groupBy({
    by: ['stage'],
    where: { applicantId: userId, id: { not: exceptId }, stage: { not: 'DRAFT' } },
    _count: { _all: true },
  })
  const count = (f: (s: ApplicationStage) => boolean) => rows.filter((r) => f(r.stage)).reduce((n, r) => n + r._count._all, 0)
  return { total: count(() => true), rejected: count((s) => TURNED_DOWN.includes(s)) }
}
