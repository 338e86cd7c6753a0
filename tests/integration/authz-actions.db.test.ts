// The authorization matrix at the edge: every server action (every exported async function of
// a 'use server' file under app/, found on disk) and every route handler, called as Next would
// call them, by an anonymous visitor and by every role, with forms naming records of other
// people and other departments. Nobody gets in where they may not, a refusal writes nothing,
// and no call ends in the generic "something went wrong" (a 500).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { RequestCookies } from 'next/dist/server/web/spec-extension/cookies.js'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Role } from '@prisma/client'
import type { z } from 'zod'
import { dictionaries } from '../../lib/i18n/messages'
import { areaOf, mayEnter } from '../../lib/auth/roles'
import type { Viewer } from '../../lib/auth/viewer'
import { getDb } from '../../lib/server/db'
import { formToObject } from '../../lib/validation'
import { makeCycle, makeDepartment, makeUser, viewerOf } from '../support/factories'
import { makeApplication, makeOpenCall, makeReview, useMemoryStorage } from '../support/factories-recruitment'
import { joinCycle, makeFellowIn, makeProject, rank, setWindow } from '../support/factories-placement'
import { makeDeliverable, makeMetric, makePlacedFellow, makeSubmittedUpdate } from '../support/factories-progress'
import { rowCounts } from '../support/hostile'
import { buildVictims, victimExtras, victimIds, victimOwners, type Owner, type Victims } from '../support/action-world'
import { OPEN_DATASETS } from '../../lib/public/open-data'
import {
  HTTP_METHODS,
  ROOT,
  callAction,
  discoverActions,
  exportedAsyncNames,
  routeHandlerFiles,
  routeOf,
  serverActionFiles,
  type DiscoveredAction,
  type Outcome,
} from '../support/server-actions'
import { craftedForms, toFormData, type FormValues } from '../support/crafted-forms'
import { uuidFields } from '../support/schema-fields'
import { tableDigests } from '../support/table-digests'
import { request as req } from '../support/next-request'

// ------------------------------------------------------------------------------------------
// Next outside Next: the request-bound modules answer from this state instead.

// Next's request scope needs AsyncLocalStorage on globalThis before its modules load.
await vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import('node:async_hooks')).AsyncLocalStorage
})

vi.mock('../../lib/request/viewer', async () => (await import('../support/next-request')).viewerModule())
vi.mock('../../lib/i18n/server', async () => (await import('../support/next-request')).i18nModule())
vi.mock('next/cache', async () => (await import('../support/next-request')).cacheModule())
vi.mock('next/headers', async () => (await import('../support/next-request')).headersModule())
vi.mock('../../lib/request/action', async (importOriginal) =>
  (await import('../support/next-request')).actionModule(await importOriginal<typeof import('../../lib/request/action')>()),
)

const m = dictionaries.en

// ------------------------------------------------------------------------------------------
// The inventory, read from disk

type Action = DiscoveredAction

const files = serverActionFiles()
const actions: Action[] = await discoverActions()

/**
 * Actions open to anonymous visitors, by design. Everything else must refuse them. A public
 * action missing here, or listed here and gone, fails the inventory test.
 */
const PUBLIC_ACTIONS = [
  'app/(public)/forgot-password/actions.ts#requestResetAction',
  'app/(public)/forgot-password/actions.ts#resetPasswordAction',
  'app/(public)/invite/[token]/actions.ts#acceptInviteAction',
  'app/(public)/sign-in/actions.ts#requestLinkAction',
  'app/(public)/sign-in/actions.ts#signInAction',
  'app/(public)/sign-up/actions.ts#signUpAction',
  'app/actions/locale.ts#setLocaleAction',
  'app/actions/sign-out.ts#signOutAction',
]
const isPublic = (a: Action) => PUBLIC_ACTIONS.includes(a.id)
/** A file outside every role's area (app/(public)/, app/actions/) looks public. */
const looksPublic = (a: Action) => a.file.startsWith('app/(public)/') || a.file.startsWith('app/actions/') || areaOf(a.route) === null

/**
 * Actions on the caller's own account or their own application to an open call: they name no
 * record of anyone else, so a caller who may enter the area may succeed. For these the test
 * checks instead that nothing of the other people's records changed.
 */
const SELF_SERVICE: Record<string, string> = {
  'app/(app)/account/actions.ts#updateProfileAction': 'edits the caller’s own name and phone',
  'app/(app)/account/actions.ts#changePasswordAction': 'changes the caller’s own password (given the current one)',
  'app/(app)/apply/actions.ts#saveApplicationAction': 'saves the caller’s own application to the named open call',
  'app/(app)/apply/actions.ts#resendVerificationAction': 'sends the caller’s own verification link',
  'app/(app)/fellow/profile/actions.ts#saveAlumniProfileAction': 'edits the caller’s own alumni profile',
}

const ROLES: Role[] = ['APPLICANT', 'REVIEWER', 'FELLOW', 'PARTNER', 'STAFF', 'ADMIN']
const NOT_STAFF: Role[] = ['APPLICANT', 'REVIEWER', 'FELLOW', 'PARTNER']

// ------------------------------------------------------------------------------------------
// Two worlds: the victims' records, and the attackers (one per role) with records of their own

const viewers = {} as Record<Role, Viewer>
let ids: Record<string, string[]> = {}
let extras: FormValues = {}
let owners: Record<Owner, Viewer>
let victim: Victims

/** One caller per role, each with records of their own, none of them the victims'. */
async function buildAttackers(v: typeof victim) {
  const db = await getDb()
  const applicant = await makeUser('APPLICANT')
  await makeApplication(v.recruit.id, { stage: 'DRAFT', applicantId: applicant.id, answers: {} })
  const reviewer = await makeUser('REVIEWER')
  const other = await makeOpenCall()
  const { app } = await makeApplication(other.cycle.id, { stage: 'REVIEW' })
  const review = await makeReview(app.id, reviewer.id)
  // A second assignment, kept out of the forms below, so their own export stays non-empty.
  await makeReview((await makeApplication(other.cycle.id, { stage: 'REVIEW' })).app.id, reviewer.id)
  // The applicant's own application to that other call (the draft above is theirs to save).
  const { app: submitted } = await makeApplication(other.cycle.id, { stage: 'SUBMITTED', applicantId: applicant.id })
  // A fellow in the same running cycle, placed on another department's project, with an
  // update, a deliverable with a version and a metric of their own.
  const rival = await makeDepartment()
  const fellow = await makePlacedFellow({ cycleId: v.placed.cycleId, departmentId: rival.id })
  const update = await makeSubmittedUpdate(fellow.fellowship.id, 0)
  const deliverable = await makeDeliverable(fellow.project.id)
  const submission = await db.deliverableSubmission.create({ data: { deliverableId: deliverable.id, versionNumber: 1, submittedById: fellow.user.id, notes: 'Theirs', links: [] } })
  const metric = await makeMetric(fellow.project.id)
  // That department's partner, in a cycle of its own with the preference window open: an
  // approved project the same fellow ranked, a proposal, and a focal person.
  const partner = await makeUser('PARTNER', { departmentId: rival.id })
  const placing = await makeCycle({ status: 'PLACING' })
  await setWindow(placing.id, 'open')
  await joinCycle(placing.id, rival.id)
  const approved = await makeProject(placing.id, rival.id)
  const proposal = await makeProject(placing.id, rival.id, { status: 'PROPOSED' })
  const ranking = await db.fellowship.create({ data: { userId: fellow.user.id, cycleId: placing.id, status: 'ACTIVE' } })
  await rank(ranking.id, [approved.id])
  const contact = await db.partnerContact.create({ data: { departmentId: rival.id, name: 'Their focal person', email: `theirs-${randomUUID().slice(0, 8)}@kp.gov.pk` } })
  return {
    viewers: {
      APPLICANT: viewerOf(applicant),
      REVIEWER: viewerOf(reviewer),
      FELLOW: fellow.fellow,
      PARTNER: viewerOf(partner),
      STAFF: viewerOf(await makeUser('STAFF')),
      ADMIN: viewerOf(await makeUser('ADMIN')),
    } satisfies Record<Role, Viewer>,
    otherCycleId: other.cycle.id,
    /** Each caller's own records, by form field. */
    own: {
      APPLICANT: { applicationId: [submitted.id] },
      REVIEWER: { reviewId: [review.id] },
      FELLOW: { fellowshipId: [fellow.fellowship.id, ranking.id], deliverableId: [deliverable.id], metricId: [metric.id], targetId: [update.id, deliverable.id] },
      PARTNER: { cycleId: [placing.id], projectId: [approved.id, fellow.project.id], id: [proposal.id], focalContactId: [contact.id], submissionId: [submission.id], targetId: [update.id, deliverable.id] },
    } as Partial<Record<Role, Record<string, string[]>>>,
  }
}

let attackers: Awaited<ReturnType<typeof buildAttackers>>

beforeAll(async () => {
  victim = await buildVictims(useMemoryStorage())
  attackers = await buildAttackers(victim)
  for (const r of ROLES) viewers[r] = attackers.viewers[r]
  const v = victim
  ids = victimIds(v)
  extras = victimExtras(v)
  owners = victimOwners(v)
  // Each action is called once, anonymously, to learn the schema it validates with.
  for (const action of actions) {
    req.viewer = null
    req.schema = null
    await callAction(action.fn, new FormData())
    if (req.schema) action.schema = req.schema as z.ZodType
  }
}, 60_000)

// ------------------------------------------------------------------------------------------
// Calling, and what every call must show

async function as(viewer: Viewer | null, action: Action, values: FormValues): Promise<Outcome> {
  req.viewer = viewer
  req.cookies.clear()
  try {
    return await callAction(action.fn, toFormData(values))
  } finally {
    req.viewer = null
  }
}

function describeCall(who: string, action: Action, values: FormValues, out: Outcome) {
  const shown = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('a.') && !k.startsWith('s.')))
  return `${who} → ${action.id}\nform: ${JSON.stringify(shown)}\noutcome: ${out.thrown ? `threw ${String(out.thrown)}` : JSON.stringify(out.state)}`
}

/** Never a 500: neither a thrown error nor the generic message. */
function expectNoServerError(out: Outcome, what: string) {
  expect(out.thrown, what).toBeUndefined()
  expect(out.state, what).toBeTypeOf('object')
  expect(out.state?.formError, what).not.toBe(m.errors.unexpected)
}

const formsOf = (a: Action): FormValues[] => (a.schema ? craftedForms(a.schema, ids, extras) : [{}])

// ------------------------------------------------------------------------------------------

describe('the inventory', () => {
  it('finds every exported async function of every use-server file, and only those', async () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
      const fns = Object.keys(mod).filter((k) => typeof mod[k] === 'function').sort()
      expect(fns, file).toEqual(exportedAsyncNames(file))
      for (const k of fns) expect((mod[k] as () => unknown).constructor.name, `${file}#${k}`).toBe('AsyncFunction')
    }
  })

  it('lists exactly the public-looking actions as public', () => {
    const existing = new Set(actions.map((a) => a.id))
    expect(PUBLIC_ACTIONS.filter((id) => !existing.has(id)), 'listed as public but gone').toEqual([])
    expect(actions.filter((a) => looksPublic(a) && !isPublic(a)).map((a) => a.id), 'public-looking but not listed').toEqual([])
    expect(actions.filter((a) => isPublic(a) && !looksPublic(a)).map((a) => a.id), 'listed as public inside a role’s area').toEqual([])
    expect(Object.keys(SELF_SERVICE).filter((id) => !existing.has(id)), 'self-service entries that are gone').toEqual([])
  })

  it('every action that validates a form gets a crafted form that passes its schema, so calls reach the domain', () => {
    const failing: string[] = []
    for (const a of actions) {
      if (!a.schema) continue
      for (const values of formsOf(a)) {
        const r = a.schema.safeParse(formToObject(toFormData(values)))
        if (!r.success) failing.push(`${a.id}: ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`)
      }
    }
    expect(failing).toEqual([])
    expect(actions.filter((a) => !a.schema && !isPublic(a)).map((a) => a.id), 'private actions that validate no form').toEqual([])
  })
})

// ------------------------------------------------------------------------------------------

const byId = { orderBy: { id: 'asc' as const } }

/** Everything of the victims' that an attacker could reach: it must read the same after. */
async function victimSnapshot() {
  const db = await getDb()
  const v = victim
  const people = [v.a1.applicant.id, v.a2.applicant.id, v.a3.applicant.id, v.reviewer.id, v.placed.user.id, v.partner.id, v.ranker.user.id, v.staffUser.id]
  const mine = { where: { applicantId: { in: people } }, ...byId }
  return JSON.stringify(
    await Promise.all([
      db.user.findMany({ where: { id: { in: people } }, include: { alumniProfile: true, authTokens: byId, files: byId }, ...byId }),
      db.cycle.findMany({
        where: { id: { in: ids.cycleId } },
        include: {
          formFields: byId,
          rubric: byId,
          departments: byId,
          matchRuns: byId,
          applications: { ...mine, include: { reviews: { ...byId, include: { scores: byId } }, interviews: byId, offer: true, files: byId } },
        },
        ...byId,
      }),
      db.fellowship.findMany({ where: { userId: { in: people } }, include: { preferences: byId, partnerPreferences: byId, placements: byId, updates: { ...byId, include: { comments: byId } } }, ...byId }),
      db.department.findUnique({
        where: { id: v.dept.id },
        include: {
          contacts: byId,
          invitations: byId,
          projects: {
            ...byId,
            include: {
              preferences: byId,
              partnerPreferences: byId,
              metrics: { ...byId, include: { values: byId } },
              deliverables: { ...byId, include: { comments: byId, submissions: { ...byId, include: { review: true, files: true } } } },
            },
          },
        },
      }),
      db.programme.findUnique({ where: { id: v.programmeId } }),
      db.invitation.findUnique({ where: { id: v.invitation.id } }),
      db.yearReview.findMany(byId),
    ]),
  )
}

/** How many calls each part made (printed with AUTHZ_TALLY=1). */
const tally = { anonymous: 0, signedInPublic: 0, crafted: 0, selfService: 0, mixed: 0, routes: 0, owners: 0, staff: 0 }

describe('anonymous callers', () => {
  for (const a of actions) {
    it(`${a.id}: ${isPublic(a) ? 'public, never a 500' : 'refused as forbidden, nothing written'}`, async () => {
      for (const values of [{}, ...formsOf(a)]) {
        const counts = await rowCounts()
        const out = await as(null, a, values)
        const what = describeCall('anonymous', a, values, out)
        tally.anonymous++
        expectNoServerError(out, what)
        if (isPublic(a)) continue
        expect(out.state, what).toEqual({ ok: false, formError: m.errors.forbidden })
        expect(await rowCounts(), what).toEqual(counts)
      }
    })
  }
})

describe('public actions called by signed-in people', () => {
  for (const a of actions.filter(isPublic)) {
    it(`${a.id}: never a 500, whoever calls`, async () => {
      for (const role of ROLES) {
        for (const values of [{}, ...formsOf(a)]) {
          const out = await as(viewers[role], a, values)
          tally.signedInPublic++
          expectNoServerError(out, describeCall(role, a, values, out))
        }
      }
    })
  }
})

describe('signed-in callers outside their area, and crafted calls naming other people’s records', () => {
  for (const a of actions.filter((x) => !isPublic(x))) {
    // Every non-staff role; staff and admins too where their role may not enter.
    const callers = ROLES.filter((r) => NOT_STAFF.includes(r) || !mayEnter(r, a.route))
    it(`${a.id} (${a.route}) as ${callers.join(', ')}`, async () => {
      const before = await tableDigests()
      const selfServing: Role[] = []
      for (const role of callers) {
        const inArea = mayEnter(role, a.route)
        if (inArea && SELF_SERVICE[a.id]) {
          selfServing.push(role)
          continue
        }
        for (const values of formsOf(a)) {
          const counts = await rowCounts()
          const out = await as(viewers[role], a, values)
          const what = describeCall(role, a, values, out)
          tally.crafted++
          expectNoServerError(out, what)
          expect(out.state?.ok, what).toBe(false)
          // Outside the area the role check refuses before the form is even read. Inside it,
          // the record is not the caller's: "not found" (or "forbidden"), never a refusal for
          // some other reason (a stale version, a closed window) that could hide a missing check.
          if (!inArea) expect(out.state?.formError, what).toBe(m.errors.forbidden)
          else expect([m.errors.notFound, m.errors.forbidden], what).toContain(out.state?.formError)
          expect(await rowCounts(), what).toEqual(counts)
        }
      }
      // Row counts miss an edit in place: the content of every table must be unchanged too.
      expect(await tableDigests(), `${a.id}: a refused call changed a row`).toEqual(before)
      for (const role of selfServing) {
        for (const values of formsOf(a)) {
          const snap = await victimSnapshot()
          const out = await as(viewers[role], a, values)
          const what = describeCall(role, a, values, out)
          tally.selfService++
          expectNoServerError(out, what)
          expect(await victimSnapshot(), what).toEqual(snap)
        }
      }
    })
  }
})

describe('crafted calls mixing the caller’s own records with other people’s', () => {
  // Each caller's own record in one field, someone else's in another (a focal person, a
  // ranking, a comment target...): the other people's records never change, and a form that
  // names one of them in a field of its schema is refused.
  const pairs = actions
    .filter((a) => !isPublic(a) && !SELF_SERVICE[a.id])
    .flatMap((a) => NOT_STAFF.filter((r) => mayEnter(r, a.route)).map((role) => ({ a, role })))
  const succeeded = new Set<Role>()
  for (const { a, role } of pairs) {
    it(`${a.id} as ${role}`, async () => {
      const victims = new Set(Object.values(ids).flat())
      const mine = attackers.own[role] ?? {}
      const merged = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...(mine[k] ?? []), ...v]]))
      const idFields = uuidFields(a.schema!)
      for (const values of craftedForms(a.schema!, merged, extras)) {
        const snap = await victimSnapshot()
        const out = await as(viewers[role], a, values)
        const what = describeCall(role, a, values, out)
        tally.mixed++
        expectNoServerError(out, what)
        if (idFields.some((k) => [values[k]].flat().some((x) => victims.has(x)))) expect(out.state?.ok, what).toBe(false)
        else if (out.state?.ok) succeeded.add(role)
        expect(await victimSnapshot(), what).toEqual(snap)
      }
    })
  }
  it('every role got through on some action with records of its own only (so refusals above were about ownership)', () => {
    expect([...succeeded].sort()).toEqual([...NOT_STAFF].sort())
  })
})

// ------------------------------------------------------------------------------------------
// Route handlers

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>

const handlers = new Map<string, Handler>()
for (const file of routeHandlerFiles()) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
  for (const method of HTTP_METHODS) if (typeof mod[method] === 'function') handlers.set(`${file}#${method}`, mod[method] as Handler)
}

interface Hit {
  status: number
  body: string
  headers: Headers
}

/**
 * Calls a handler as Next would, inside a request scope (next-auth reads the real
 * next/headers). `path` replaces the route's URL when the handler reads it (next-auth).
 */
async function hit(key: string, viewer: Viewer | null, params: Record<string, string | string[]>, init: { body?: BodyInit; headers?: Record<string, string>; path?: string } = {}): Promise<Hit> {
  const handler = handlers.get(key)
  if (!handler) throw new Error(`no route handler ${key}`)
  const [file, method] = key.split('#')
  const url = routeOf(file).replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, k: string) => [params[k]].flat().map(encodeURIComponent).join('/'))
  const request = new NextRequest(`http://daftar.test${init.path ?? url}`, { method, body: init.body, headers: { host: 'daftar.test', ...init.headers } })
  req.viewer = viewer
  tally.routes++
  try {
    const res = await workAsyncStorage.run({ route: routeOf(file) } as never, () =>
      workUnitAsyncStorage.run({ type: 'private-cache', phase: 'action', cookies: new RequestCookies(request.headers), headers: request.headers } as never, () =>
        handler(request, { params: Promise.resolve(params) }),
      ),
    )
    // Never a 500, whatever the caller sends.
    expect(res.status, `${key} ${request.url} as ${viewer?.role ?? 'anonymous'}`).toBeLessThan(500)
    return { status: res.status, body: await res.text(), headers: res.headers }
  } finally {
    req.viewer = null
  }
}

const FILES = 'app/files/[id]/route.ts#GET'
const REVIEW_EXPORT = 'app/(app)/review/export/[cycleId]/route.ts#GET'
const STAFF_EXPORT = 'app/(app)/staff/cycles/[id]/recruitment/export/route.ts#GET'
const DOWNLOAD = 'app/(app)/staff/insight/data/[dataset]/download/route.ts#POST'
const YEAR_MD = 'app/(app)/staff/insight/year-review/[year]/markdown/route.ts#GET'
const OPEN_DATA = 'app/(public)/open-data/[file]/route.ts#GET'
const REPORT_MD = 'app/(public)/reports/[year]/markdown/route.ts#GET'
const AUTH_GET = 'app/api/auth/[...nextauth]/route.ts#GET'
const AUTH_POST = 'app/api/auth/[...nextauth]/route.ts#POST'

const everyEmail = async () => (await (await getDb()).user.findMany({ select: { email: true } })).map((u) => u.email)

/** What each handler does for each caller, read from its code. A new handler needs a case. */
const ROUTE_CASES: Record<string, () => Promise<void>> = {
  [FILES]: async () => {
    const v = victim
    for (const file of [v.cv, v.report]) {
      expect((await hit(FILES, null, { id: file.id })).status, 'anonymous').toBe(401)
      for (const role of NOT_STAFF) {
        const r = await hit(FILES, viewers[role], { id: file.id })
        expect(r.status, `${role}, another person’s file`).toBe(404)
        expect(r.body).not.toContain('private')
      }
      for (const role of ['STAFF', 'ADMIN'] as const) expect((await hit(FILES, viewers[role], { id: file.id })).status, role).toBe(200)
    }
    // The victims' own circle: the applicant and the assigned reviewer read the CV, the
    // fellow and their department's partner the report; nobody else in it crosses over.
    expect((await hit(FILES, owners.applicant, { id: v.cv.id })).body).toContain('private')
    expect((await hit(FILES, owners.reviewer, { id: v.cv.id })).status).toBe(200)
    expect((await hit(FILES, owners.fellow, { id: v.report.id })).status).toBe(200)
    expect((await hit(FILES, owners.partner, { id: v.report.id })).status).toBe(200)
    expect((await hit(FILES, owners.partner, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.fellow, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.offerHolder, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.reviewer, { id: v.report.id })).status).toBe(404)
    for (const id of [randomUUID(), 'not-a-uuid', '../../etc/passwd']) expect((await hit(FILES, viewers.STAFF, { id })).status, id).toBe(404)
    // Fellows matched to the project but not (or no longer) placed there see none of its
    // deliverables, so none of their files either: a proposal not yet published, a placement
    // ended or transferred away.
    const db = await getDb()
    for (const status of ['PROPOSED', 'ENDED', 'TRANSFERRED'] as const) {
      const other = await makeFellowIn(v.placed.cycleId)
      await db.placement.create({ data: { fellowshipId: other.fellowship.id, projectId: v.placed.project.id, status, publishedAt: status === 'PROPOSED' ? null : new Date() } })
      expect((await hit(FILES, other.viewer, { id: v.report.id })).status, `a fellow whose placement on the project is ${status}`).toBe(404)
    }
    const colleague = await makeFellowIn(v.placed.cycleId)
    await db.placement.create({ data: { fellowshipId: colleague.fellowship.id, projectId: v.placed.project.id, status: 'ACTIVE', publishedAt: new Date() } })
    expect((await hit(FILES, colleague.viewer, { id: v.report.id })).status, 'a fellow placed on the same project').toBe(200)
  },

  [REVIEW_EXPORT]: async () => {
    const v = victim
    expect((await hit(REVIEW_EXPORT, null, { cycleId: v.recruit.id })).status, 'anonymous').toBe(401)
    // Nobody without an assignment in the cycle learns anything of it, staff included (this
    // export is narrowed to the caller's own assignments).
    for (const role of ROLES) {
      const r = await hit(REVIEW_EXPORT, viewers[role], { cycleId: v.recruit.id })
      expect(r.status, role).toBe(404)
      expect(r.body).not.toContain(v.a1.applicant.email)
    }
    for (const cycleId of ['not-a-uuid', randomUUID(), v.placed.cycleId]) expect((await hit(REVIEW_EXPORT, owners.reviewer, { cycleId })).status, cycleId).toBe(404)
    const theirs = await hit(REVIEW_EXPORT, viewers.REVIEWER, { cycleId: attackers.otherCycleId })
    expect(theirs.status).toBe(200)
    for (const email of [victim.a1.applicant.email, victim.a2.applicant.email, victim.a3.applicant.email]) expect(theirs.body).not.toContain(email)
    // A reviewer exports their own assignments, and only those.
    const own = await hit(REVIEW_EXPORT, owners.reviewer, { cycleId: v.recruit.id })
    expect(own.status).toBe(200)
    expect(own.body).toContain(v.a1.applicant.email)
    expect(own.body).not.toContain(v.a2.applicant.email)
  },

  [STAFF_EXPORT]: async () => {
    const v = victim
    for (const viewer of [null, ...NOT_STAFF.map((r) => viewers[r]), owners.reviewer]) {
      const r = await hit(STAFF_EXPORT, viewer, { id: v.recruit.id })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain(v.a1.applicant.email)
    }
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const r = await hit(STAFF_EXPORT, viewers[role], { id: v.recruit.id })
      expect(r.status, role).toBe(200)
      expect(r.body).toContain(v.a2.applicant.email)
    }
    for (const id of ['not-a-uuid', randomUUID()]) expect((await hit(STAFF_EXPORT, viewers.STAFF, { id })).status, id).toBe(404)
  },

  [DOWNLOAD]: async () => {
    const form = () => ({ body: new URLSearchParams({ ack: 'on', cycle: victim.recruit.id }), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    for (const dataset of ['applications', 'fellows']) {
      const counts = await rowCounts()
      expect((await hit(DOWNLOAD, null, { dataset }, form())).status, 'anonymous').toBe(401)
      for (const role of NOT_STAFF) {
        const r = await hit(DOWNLOAD, viewers[role], { dataset }, form())
        expect(r.status, role).toBe(404)
        expect(r.body).not.toContain('@')
      }
      // A form posted from another site never starts an export, whoever is signed in.
      expect((await hit(DOWNLOAD, viewers.STAFF, { dataset }, { ...form(), headers: { ...form().headers, origin: 'https://evil.example' } })).status).toBe(403)
      expect(await rowCounts(), 'a refused export wrote its audit row').toEqual(counts)
      expect((await hit(DOWNLOAD, viewers.STAFF, { dataset }, form())).status, 'staff').toBe(200)
    }
    expect((await hit(DOWNLOAD, viewers.STAFF, { dataset: 'users' }, form())).status).toBe(404)
  },

  [YEAR_MD]: async () => {
    for (const viewer of [null, ...NOT_STAFF.map((r) => viewers[r])]) {
      const r = await hit(YEAR_MD, viewer, { year: '2025' })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain('Not yet public')
    }
    const staff = await hit(YEAR_MD, viewers.STAFF, { year: '2025' })
    expect(staff.status).toBe(200)
    expect(staff.body).toContain('Not yet public')
    for (const year of ['1999', '20x5', '../../x']) expect((await hit(YEAR_MD, viewers.STAFF, { year })).status, year).toBe(404)
  },

  [OPEN_DATA]: async () => {
    const emails = await everyEmail()
    for (const name of OPEN_DATASETS) {
      for (const ext of ['csv', 'json']) {
        for (const viewer of [null, viewers.FELLOW]) {
          const r = await hit(OPEN_DATA, viewer, { file: `${name}.${ext}` })
          expect(r.status, `${name}.${ext}`).toBe(200)
          for (const email of emails) expect(r.body, `${name}.${ext} leaks ${email}`).not.toContain(email)
        }
      }
    }
    for (const file of ['users.csv', 'applications.csv', '../secrets.json', 'x']) expect((await hit(OPEN_DATA, null, { file })).status, file).toBe(404)
  },

  [REPORT_MD]: async () => {
    // A draft is nobody's to read here, staff included: this is the public copy.
    for (const viewer of [null, ...ROLES.map((r) => viewers[r])]) {
      const r = await hit(REPORT_MD, viewer, { year: '2025' })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain('Not yet public')
    }
    await (await getDb()).yearReview.create({ data: { year: 2024, title: 'Published year', status: 'PUBLISHED', publishedAt: new Date(), narrative: { intro: { en: 'Public now' } } } })
    const published = await hit(REPORT_MD, null, { year: '2024' })
    expect(published.status).toBe(200)
    expect(published.body).toContain('Public now')
  },

  [AUTH_GET]: async () => {
    // next-auth logs the forged cookies it rejects.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Sessions come from next-auth's own signed cookie, never from anything a caller makes up.
    for (const cookie of [undefined, 'next-auth.session-token=forged', `next-auth.session-token=${Buffer.from(JSON.stringify({ id: victim.placed.user.id })).toString('base64url')}`]) {
      const r = await hit(AUTH_GET, null, { nextauth: ['session'] }, { path: '/api/auth/session', headers: cookie ? { cookie } : {} })
      expect(r.status).toBe(200)
      expect(JSON.parse(r.body), cookie).toEqual({})
    }
    const providers = await hit(AUTH_GET, null, { nextauth: ['providers'] }, { path: '/api/auth/providers' })
    expect(providers.status).toBe(200)
    expect(providers.body).not.toContain('@')
    vi.restoreAllMocks()
  },

  [AUTH_POST]: async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Signing in as someone else with a wrong password or a made-up link token: no session.
    const csrf = await hit(AUTH_GET, null, { nextauth: ['csrf'] }, { path: '/api/auth/csrf' })
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
    const cookie = (csrf.headers.get('set-cookie') ?? '').split(';')[0]
    const attempts: [string, Record<string, string>][] = [
      ['password', { email: victim.placed.user.email, password: 'guessed-password-1' }],
      ['link', { token: 'x'.repeat(43) }],
    ]
    for (const [provider, fields] of attempts) {
      const body = new URLSearchParams({ ...fields, csrfToken, json: 'true' })
      const r = await hit(AUTH_POST, null, { nextauth: ['callback', provider] }, { path: `/api/auth/callback/${provider}`, body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } })
      expect(r.status, provider).toBeLessThan(500)
      expect(r.headers.get('set-cookie') ?? '', provider).not.toContain('session-token')
      expect(r.body, provider).toContain('error')
    }
    vi.restoreAllMocks()
  },
}

describe('route handlers', () => {
  it('every handler of every route file has its case here', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(ROUTE_CASES).sort())
  })
  for (const [key, run] of Object.entries(ROUTE_CASES)) it(key, run)
})

// ------------------------------------------------------------------------------------------
// The harness can see success: the same crafted forms get through for the people they belong
// to, so the refusals above were the authorization checks and not broken forms. (These write,
// so they run last.)

/** Actions on records of one's own that some non-staff role may enter. */
const ownedActions = actions.filter((a) => !isPublic(a) && !SELF_SERVICE[a.id] && NOT_STAFF.some((r) => mayEnter(r, a.route)))
const staffActions = actions.filter((a) => areaOf(a.route) === '/staff')
/**
 * Staff actions that succeed on the victims' world one after the other (each write bumps a
 * version the next form would otherwise name as stale), at least one from every file.
 */
const STAFF_SAMPLES = [
  'saveCallSettingsAction',
  'updateProgrammeAction',
  'createProgrammeAction',
  'updateDepartmentAction',
  'createDepartmentAction',
  'createCycleAction',
  'revokeInvitationAction',
  'publishYearReviewAction',
  'scheduleInterviewAction',
  'rescreenAction',
  'autoAssignAction',
  'defineMetricAction',
  'addStaffCommentAction',
  'sendRemindersAction',
  'placementMailAction',
  'runMatchingAction',
  'endPlacementAction',
]

async function firstSuccess(a: Action, callers: Viewer[]): Promise<boolean> {
  for (const viewer of callers) {
    if (!mayEnter(viewer.role, a.route)) continue
    for (const values of formsOf(a)) {
      const out = await as(viewer, a, values)
      expectNoServerError(out, describeCall(viewer.role, a, values, out))
      if (out.state?.ok) return true
    }
  }
  return false
}

describe('the harness sees success', () => {
  it('the owners of the named records get through with the very forms others were refused on', async () => {
    expect(ownedActions.length).toBeGreaterThan(0)
    const failed: string[] = []
    for (const a of ownedActions) {
      tally.owners++
      if (!(await firstSuccess(a, Object.values(owners)))) failed.push(a.id)
    }
    expect(failed).toEqual([])
  })

  it('staff get through with the same forms: a sample of every staff action file', async () => {
    const byName = new Map(staffActions.map((a) => [a.name, a]))
    const failed: string[] = []
    for (const name of STAFF_SAMPLES) {
      const a = byName.get(name)
      expect(a, `${name} is gone: choose another sample`).toBeDefined()
      tally.staff++
      if (!(await firstSuccess(a!, [viewers.STAFF]))) failed.push(a!.id)
    }
    expect(failed).toEqual([])
    const sampled = new Set(STAFF_SAMPLES.map((n) => byName.get(n)?.file))
    expect(staffActions.filter((a) => !sampled.has(a.file)).map((a) => a.file), 'staff action files without a sample').toEqual([])
  })
})

afterAll(() => {
  if (process.env.AUTHZ_TALLY) console.info('[authz-actions]', JSON.stringify(tally))
})
