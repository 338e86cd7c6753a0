// The authorization matrix at the edge (see authz-actions.db.test.ts) can see success: the
// same crafted forms the other roles were refused on get through for the people they belong
// to, so those refusals were the authorization checks and not broken forms. (These write, so
// they have a world of their own.)
import { describe, expect, it, vi } from 'vitest'
import { areaOf, mayEnter } from '../../lib/auth/roles'
import type { Viewer } from '../../lib/auth/viewer'
import { NOT_STAFF, SELF_SERVICE, actions, isPublic, owners, tally, setUpAuthzWorld, viewers, type Action } from '../support/authz-world'
import { as, describeCall, expectNoServerError, formsOf } from '../support/authz-calls'

// ------------------------------------------------------------------------------------------
// Next outside Next: the request-bound modules answer from tests/support/next-request.ts.

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

setUpAuthzWorld()

// ------------------------------------------------------------------------------------------

/** Actions on records of one's own that some non-staff role may enter. */
const ownedActions = actions.filter((a) => !isPublic(a) && !SELF_SERVICE[a.id] && NOT_STAFF.some((r) => mayEnter(r, a.route)))
const staffActions = actions.filter((a) => areaOf(a.route) === '/staff')
/**
 * Staff actions that succeed on the victims' world one after the other (each write bumps a
 * version the next form would otherwise name as stale), at least one from every file.
 */
const STAFF_SAMPLES = [
  'saveCallSettingsAction',
  // On a cycle whose version no sample before it bumped (the call's settings bump the recruiting one).
  'saveRefereesRequiredAction',
  'updateProgrammeAction',
  'createProgrammeAction',
  'updateDepartmentAction',
  'createDepartmentAction',
  'createCycleAction',
  'addNoteAction',
  'addDeliverableTemplateAction',
  'createRoundAction',
  'revokeInvitationAction',
  'publishYearReviewAction',
  'scheduleInterviewAction',
  'rescreenAction',
  'autoAssignAction',
  'defineMetricAction',
  'addStaffCommentAction',
  'sendRemindersAction',
  // Before endPlacementAction: it announces to the placed fellow, who is then no longer placed.
  'sendAnnouncementAction',
  'placementMailAction',
  'runMatchingAction',
  'endPlacementAction',
  'createEventAction',
  // The victims' batch awaiting approval was prepared by another staff member.
  'approveBatchAction',
  // Opens a spreadsheet import (its chunks are the browser's).
  'startImportAction',
  'publishSlotsAction',
  // Puts the victims' first application on the waitlist.
  'waitlistAction',
  // Last: issuing completes the placed fellow's fellowship.
  'issueCertificateAction',
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
    expect(
      staffActions.filter((a) => !sampled.has(a.file)).map((a) => a.file),
      'staff action files without a sample',
    ).toEqual([])
  })
})
