// Staff configure a cycle's call: dates (typed in Pakistan time, stored UTC), description,
// blind review and reviews per application, and the eligibility rules.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { writeAudit } from '../../audit/write'
import type { Viewer } from '../../auth/viewer'
import type { CallSettingsInput, RulesInput } from '../schema/call'

export async function updateCallSettings(viewer: Viewer, input: CallSettingsInput) {
  assertCan(viewer, 'call:configure')
  const db = await getDb()
  const { cycleId, version, ...data } = input
  await db.$transaction(async (tx) => {
    const before = await tx.cycle.findFirst({
      where: { id: cycleId, archivedAt: null },
      select: { applicationsOpenAt: true, applicationsCloseAt: true, callDescription: true, callDescriptionUr: true, blindReview: true, reviewsPerApplication: true },
    })
    if (!before) throw notFound()
    const clean = { ...data, callDescription: data.callDescription ?? null, callDescriptionUr: data.callDescriptionUr ?? null }
    await updateVersioned(tx.cycle, cycleId, version, clean)
    await writeAudit(tx, { actorId: viewer.userId, action: 'call.settings', entityType: 'Cycle', entityId: cycleId, before, after: clean })
  })
}

export async function saveEligibilityRules(viewer: Viewer, input: RulesInput) {
  assertCan(viewer, 'call:configure')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const before = await tx.cycle.findFirst({ where: { id: input.cycleId, archivedAt: null }, select: { eligibilityRules: true } })
    if (!before) throw notFound()
    await updateVersioned(tx.cycle, input.cycleId, input.version, { eligibilityRules: input.rules })
    await writeAudit(tx, { actorId: viewer.userId, action: 'call.rules', entityType: 'Cycle', entityId: input.cycleId, before, after: { eligibilityRules: input.rules } })
  })
}
