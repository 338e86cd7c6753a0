// Calling a server action as someone in the authorization tests at the edge, what every call
// must show, and the victims' records as one snapshot that must read the same after a call.
import { expect } from 'vitest'
import { dictionaries } from '../../lib/i18n/messages'
import type { Viewer } from '../../lib/auth/viewer'
import { getDb } from '../../lib/server/db'
import { callAction, type Outcome } from './server-actions'
import { craftedForms, toFormData, type FormValues } from './crafted-forms'
import { request as req } from './next-request'
import { extras, ids, victim, type Action } from './authz-world'

const m = dictionaries.en

export async function as(viewer: Viewer | null, action: Action, values: FormValues): Promise<Outcome> {
  req.viewer = viewer
  req.cookies.clear()
  try {
    return await callAction(action.fn, toFormData(values))
  } finally {
    req.viewer = null
  }
}

export function describeCall(who: string, action: Action, values: FormValues, out: Outcome) {
  const shown = Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('a.') && !k.startsWith('s.')))
  return `${who} → ${action.id}\nform: ${JSON.stringify(shown)}\noutcome: ${out.thrown ? `threw ${String(out.thrown)}` : JSON.stringify(out.state)}`
}

/** Never a 500: neither a thrown error nor the generic message. */
export function expectNoServerError(out: Outcome, what: string) {
  expect(out.thrown, what).toBeUndefined()
  expect(out.state, what).toBeTypeOf('object')
  expect(out.state?.formError, what).not.toBe(m.errors.unexpected)
}

export const formsOf = (a: Action): FormValues[] => (a.schema ? craftedForms(a.schema, ids, extras) : [{}])

const byId = { orderBy: { id: 'asc' as const } }

/** Everything of the victims' that an attacker could reach: it must read the same after. */
export async function victimSnapshot() {
  const db = await getDb()
  const v = victim
  const people = [
    v.a1.applicant.id,
    v.a2.applicant.id,
    v.a3.applicant.id,
    v.a4.applicant.id,
    v.reviewer.id,
    v.placed.user.id,
    v.partner.id,
    v.ranker.user.id,
    v.staffUser.id,
  ]
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
          interviewSlots: { ...byId, include: { panel: { orderBy: { userId: 'asc' as const } } } },
          applications: {
            ...mine,
            include: { reviews: { ...byId, include: { scores: byId } }, interviews: byId, offer: true, files: byId, referees: byId },
          },
        },
        ...byId,
      }),
      db.fellowship.findMany({
        where: { userId: { in: people } },
        include: { preferences: byId, partnerPreferences: byId, placements: byId, updates: { ...byId, include: { comments: byId } } },
        ...byId,
      }),
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
      db.cohortEvent.findMany({ where: { id: { in: ids.eventId } }, include: { rsvps: byId, attendance: byId }, ...byId }),
      db.evaluationRound.findMany({ where: { id: { in: ids.roundId } }, include: { criteria: byId, evaluations: byId }, ...byId }),
    ]),
  )
}
