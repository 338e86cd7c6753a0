// Staff configure a cycle's call: dates (typed in Pakistan time, stored UTC), description,
// blind review and reviews per application, and the eligibility rules.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import type { CallSettingsInput, RulesInput } from '../schema/call'

export async function updateCallSettings(viewer: Viewer, input: CallSettingsInput) {
  const { cycleId, version, ...data } = input
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    const before = await tx.cycle.findFirst({
      where: { id: cycleId, archivedAt: null },
      select: {
        applicationsOpenAt: true,
        applicationsCloseAt: true,
        callDescription: true,
        callDescriptionUr: true,
        blindReview: true,
        reviewsPerApplication: true,
      },
    })
    if (!before) throw notFound()
    const clean = { ...data, callDescription: data.callDescription ?? null, callDescriptionUr: data.callDescriptionUr ?? null }
    await updateVersioned(tx.cycle, cycleId, version, clean)
    await uow.audit({ action: 'call.settings', entityType: 'Cycle', entityId: cycleId, before, after: clean })
  })
}

export async function saveEligibilityRules(viewer: Viewer, input: RulesInput) {
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    const before = await tx.cycle.findFirst({ where: { id: input.cycleId, archivedAt: null }, select: { eligibilityRules: true } })
    if (!before) throw notFound()
    await updateVersioned(tx.cycle, input.cycleId, input.version, { eligibilityRules: input.rules })
    await uow.audit({
      action: 'call.rules',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before,
      after: { eligibilityRules: input.rules },
    })
  })
}
