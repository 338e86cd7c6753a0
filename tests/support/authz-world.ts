// The world the authorization tests at the edge (tests/integration/authz-actions*.db.test.ts)
// call into: every server action found on disk, which of them are public or self-service, the
// victims' records, and one attacker per role with records of their own. Each test file calls
// setUpAuthzWorld() once; the bindings below are filled in by its beforeAll. The test file must
// still mock the request-bound modules itself (see next-request.ts).
import { afterAll, beforeAll } from 'vitest'
import { randomUUID } from 'node:crypto'
import type { Role } from '@prisma/client'
import type { z } from 'zod'
import { areaOf } from '../../lib/auth/roles'
import type { Viewer } from '../../lib/auth/viewer'
import { getDb } from '../../lib/server/db'
import { makeCycle, makeDepartment, makeUser, viewerOf } from './factories'
import { makeApplication, makeOpenCall, makeReview, useMemoryStorage } from './factories-recruitment'
import { joinCycle, makeProject, rank, setWindow } from './factories-placement'
import { makeDeliverable, makeMetric, makePlacedFellow, makeSubmittedUpdate } from './factories-progress'
import { buildVictims, victimExtras, victimIds, victimOwners, type Owner, type Victims } from './action-world'
import { callAction, discoverActions, type DiscoveredAction } from './server-actions'
import type { FormValues } from './crafted-forms'
import { request as req } from './next-request'

// ------------------------------------------------------------------------------------------
// The inventory, read from disk

export type Action = DiscoveredAction

export const actions: Action[] = await discoverActions()

/**
 * Actions open to anonymous visitors, by design. Everything else must refuse them. A public
 * action missing here, or listed here and gone, fails the inventory test.
 */
export const PUBLIC_ACTIONS = [
  'app/(public)/forgot-password/actions.ts#requestResetAction',
  'app/(public)/forgot-password/actions.ts#resetPasswordAction',
  'app/(public)/invite/[token]/actions.ts#acceptInviteAction',
  'app/(public)/referee/[token]/actions.ts#submitLetterAction',
  'app/(public)/sign-in/actions.ts#requestLinkAction',
  'app/(public)/sign-in/actions.ts#signInAction',
  'app/(public)/sign-up/actions.ts#signUpAction',
  'app/actions/locale.ts#setLocaleAction',
  'app/actions/sign-out.ts#signOutAction',
]
export const isPublic = (a: Action) => PUBLIC_ACTIONS.includes(a.id)
/** A file outside every role's area (app/(public)/, app/actions/) looks public. */
export const looksPublic = (a: Action) =>
  a.file.startsWith('app/(public)/') || a.file.startsWith('app/actions/') || areaOf(a.route) === null

/**
 * Actions on the caller's own account or their own application to an open call: they name no
 * record of anyone else, so a caller who may enter the area may succeed. For these the test
 * checks instead that nothing of the other people's records changed.
 */
export const SELF_SERVICE: Record<string, string> = {
  'app/(app)/account/actions.ts#updateProfileAction': 'edits the caller’s own name and phone',
  'app/(app)/account/inbox/actions.ts#markAllReadAction': 'marks the caller’s own inbox messages read',
  'app/(app)/account/actions.ts#changePasswordAction': 'changes the caller’s own password (given the current one)',
  'app/(app)/apply/actions.ts#saveApplicationAction': 'saves the caller’s own application to the named open call',
  'app/(app)/apply/actions.ts#resendVerificationAction': 'sends the caller’s own verification link',
  'app/(app)/fellow/profile/actions.ts#saveAlumniProfileAction': 'edits the caller’s own alumni profile',
  'app/(app)/fellow/events/actions.ts#createCalendarFeedAction': 'makes a new address for the caller’s own calendar feed',
  'app/(app)/fellow/events/actions.ts#revokeCalendarFeedAction': 'turns off the caller’s own calendar feed',
  'app/(app)/partner/events/actions.ts#createCalendarFeedAction': 'makes a new address for the caller’s own calendar feed',
  'app/(app)/partner/events/actions.ts#revokeCalendarFeedAction': 'turns off the caller’s own calendar feed',
  'app/(app)/fellow/payments/actions.ts#saveBankAccountAction': 'saves the caller’s own bank details',
}

export const ROLES: Role[] = ['APPLICANT', 'REVIEWER', 'FELLOW', 'PARTNER', 'STAFF', 'ADMIN']
export const NOT_STAFF: Role[] = ['APPLICANT', 'REVIEWER', 'FELLOW', 'PARTNER']

// ------------------------------------------------------------------------------------------
// Two worlds: the victims' records, and the attackers (one per role) with records of their own

export const viewers = {} as Record<Role, Viewer>
export let ids: Record<string, string[]> = {}
export let extras: FormValues = {}
export let owners: Record<Owner, Viewer>
export let victim: Victims

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
  const submission = await db.deliverableSubmission.create({
    data: { deliverableId: deliverable.id, versionNumber: 1, submittedById: fellow.user.id, notes: 'Theirs', links: [] },
  })
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
  const contact = await db.partnerContact.create({
    data: { departmentId: rival.id, name: 'Their focal person', email: `theirs-${randomUUID().slice(0, 8)}@kp.gov.pk` },
  })
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
      FELLOW: {
        fellowshipId: [fellow.fellowship.id, ranking.id],
        deliverableId: [deliverable.id],
        metricId: [metric.id],
        targetId: [update.id, deliverable.id],
      },
      PARTNER: {
        cycleId: [placing.id],
        projectId: [approved.id, fellow.project.id],
        id: [proposal.id],
        focalContactId: [contact.id],
        submissionId: [submission.id],
        targetId: [update.id, deliverable.id],
      },
    } as Partial<Record<Role, Record<string, string[]>>>,
  }
}

export let attackers: Awaited<ReturnType<typeof buildAttackers>>

/** How many calls each part made (printed with AUTHZ_TALLY=1). */
export const tally = { anonymous: 0, signedInPublic: 0, crafted: 0, selfService: 0, mixed: 0, routes: 0, owners: 0, staff: 0 }

/** Builds both worlds before the file's tests, and learns the schema of every action. */
export function setUpAuthzWorld() {
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

  afterAll(() => {
    if (process.env.AUTHZ_TALLY) console.info('[authz-actions]', JSON.stringify(tally))
  })
}
