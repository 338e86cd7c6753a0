// Staff set when fellows may rank projects, tell the fellows to place about it, and nudge those
// who have not ranked yet. Both emails go only to fellows staff saw listed and confirmed.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { windowState } from '../access'
import { placementMail, queueNotice } from '../notify'
import type { PreferenceWindowInput } from '../schema'

/** Fellows the next matching run would place: active in the cycle, no active placement. */
function fellowsToPlace(tx: Tx, cycleId: string, extra: object = {}) {
  return tx.fellowship.findMany({
    where: { cycleId, status: 'ACTIVE', placements: { none: { status: 'ACTIVE' } }, user: { active: true }, ...extra },
    orderBy: { user: { name: 'asc' } },
    select: { id: true, user: { select: { id: true, email: true, name: true } } },
  })
}

/** Saves the window. Fellows are emailed separately, after staff see who (announceWindow). */
export async function setPreferenceWindow(viewer: Viewer, input: PreferenceWindowInput) {
  await write(viewer, permit('placement:manage'), async (tx, uow) => {
    const before = await tx.cycle.findUnique({
      where: { id: input.cycleId },
      select: { preferenceOpensAt: true, preferenceClosesAt: true },
    })
    if (!before) throw notFound()
    const data = { preferenceOpensAt: input.opensAt, preferenceClosesAt: input.closesAt }
    await updateVersioned(tx.cycle, input.cycleId, input.version, data)
    await uow.audit({
      action: 'cycle.preference-window',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before: { preferenceOpensAt: before.preferenceOpensAt, preferenceClosesAt: before.preferenceClosesAt },
      after: data,
    })
  })
  return { announce: input.notifyFellows }
}

export type PlacementMailKind = 'announce' | 'remind'

/** Who each mail would reach now: every fellow to place (announce), or those who have not ranked (remind). */
function recipientsOf(tx: Tx, cycleId: string, kind: PlacementMailKind, fellowshipIds?: string[]) {
  return fellowsToPlace(tx, cycleId, {
    ...(kind === 'remind' ? { preferences: { none: {} } } : {}),
    ...(fellowshipIds ? { id: { in: fellowshipIds } } : {}),
  })
}

async function loadWindow(tx: Tx, cycleId: string, kind: PlacementMailKind) {
  const cycle = await tx.cycle.findUnique({
    where: { id: cycleId },
    select: { name: true, nameUr: true, preferenceOpensAt: true, preferenceClosesAt: true },
  })
  if (!cycle) throw notFound()
  // A reminder to rank is only fair while ranking is possible; an announcement needs dates.
  if (kind === 'remind' && windowState(cycle) !== 'open') throw new AppError('CLOSED', 'placement.errors.windowNotOpenForReminder')
  if (!cycle.preferenceOpensAt || !cycle.preferenceClosesAt) throw new AppError('CLOSED', 'placement.errors.windowNotSet')
  return cycle as typeof cycle & { preferenceOpensAt: Date; preferenceClosesAt: Date }
}

/** The confirmation before emailing fellows about the window: who would get an email. */
export async function previewPlacementMail(viewer: Viewer, cycleId: string, kind: PlacementMailKind) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  await loadWindow(db, cycleId, kind)
  const fellows = await recipientsOf(db, cycleId, kind)
  return fellows.map((f) => ({ fellowshipId: f.id, name: f.user.name, email: f.user.email }))
}

/**
 * Emails the confirmed fellows, and nobody else: the window's dates (announce), or a nudge to
 * rank (remind). A listed fellow who has ranked or been placed since is left out.
 */
export async function sendPlacementMail(viewer: Viewer, input: { cycleId: string; kind: PlacementMailKind; fellowshipIds: string[] }) {
  const sent = await write(viewer, permit('placement:manage'), async (tx, uow) => {
    const cycle = await loadWindow(tx, input.cycleId, input.kind)
    const fellows = await recipientsOf(tx, input.cycleId, input.kind, input.fellowshipIds)
    for (const f of fellows) {
      const r = { to: f.user.email, userId: f.user.id, name: f.user.name }
      const text =
        input.kind === 'announce'
          ? placementMail.windowOpen({
              name: r.name,
              cycle: cycle.name,
              cycleUr: cycle.nameUr,
              opens: cycle.preferenceOpensAt,
              closes: cycle.preferenceClosesAt,
            })
          : placementMail.reminder({ name: r.name, cycle: cycle.name, cycleUr: cycle.nameUr, closes: cycle.preferenceClosesAt })
      await queueNotice(tx, r, input.kind === 'announce' ? 'placement.window' : 'placement.remind', text)
    }
    await uow.audit({
      action: input.kind === 'announce' ? 'preference.announce' : 'preference.remind',
      entityType: 'Cycle',
      entityId: input.cycleId,
      after: input.kind === 'announce' ? { announced: fellows.length } : { reminded: fellows.length },
    })
    return fellows.length
  })
  return { sent }
}

/** Reminds every fellow who has not ranked (scripts and tests; the page confirms first). */
export async function remindUnranked(viewer: Viewer, cycleId: string, fellowshipIds?: string[]) {
  assertCan(viewer, 'placement:manage')
  const ids = fellowshipIds ?? (await previewPlacementMail(viewer, cycleId, 'remind')).map((f) => f.fellowshipId)
  const { sent } = await sendPlacementMail(viewer, { cycleId, kind: 'remind', fellowshipIds: ids })
  return { reminded: sent }
}
