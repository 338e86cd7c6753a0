// Staff give one applicant their own later deadline for a call (with a reason, audited, the
// applicant emailed) without reopening the call for anyone else, and take it back.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { cycleNamesSelect, loadStaffCycle } from '../access'
import { bothDates, queueNotice } from '../notify'
import { deadlineEmails } from '../../i18n/emails/deadline-extension'
import type { GrantExtensionInput, RevokeExtensionInput } from '../schema/staff-tools'

/** An extension runs at most this long past the call's close. */
export const EXTENSION_MAX_DAYS = 60

const invalid = (field: string, key: string) => new AppError('INVALID', key, { [field]: key })

export async function grantExtension(viewer: Viewer, input: GrantExtensionInput) {
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    await uow.lock('Cycle', input.cycleId)
    const cycle = await loadStaffCycle(tx, input.cycleId)
    if (cycle.status !== 'RECRUITING' || !cycle.applicationsCloseAt) throw new AppError('CONFLICT', 'staffTools.errors.notRecruiting')
    if (input.until <= cycle.applicationsCloseAt) throw invalid('until', 'staffTools.errors.untilBeforeClose')
    if (input.until.getTime() <= Date.now()) throw invalid('until', 'staffTools.errors.untilPast')
    if (input.until.getTime() > cycle.applicationsCloseAt.getTime() + EXTENSION_MAX_DAYS * 86_400_000)
      throw new AppError(
        'INVALID',
        'staffTools.errors.untilTooLate',
        { until: 'staffTools.errors.untilTooLate' },
        { days: EXTENSION_MAX_DAYS },
      )
    // Only someone who applies (an applicant's or a fellow's account) can be given one.
    const person = await tx.user.findFirst({
      where: { email: input.email, active: true, role: { in: ['APPLICANT', 'FELLOW'] } },
      select: { id: true, name: true, email: true },
    })
    if (!person) throw invalid('email', 'staffTools.errors.noSuchApplicant')
    const app = await tx.application.findUnique({
      where: { cycleId_applicantId: { cycleId: cycle.id, applicantId: person.id } },
      select: { stage: true },
    })
    if (app && app.stage !== 'DRAFT') throw invalid('email', 'staffTools.errors.alreadySubmitted')
    const before = await tx.deadlineExtension.findUnique({
      where: { cycleId_userId: { cycleId: cycle.id, userId: person.id } },
      select: { until: true, reason: true, revokedAt: true },
    })
    const data = { until: input.until, reason: input.reason, grantedById: viewer.userId, revokedAt: null }
    const ext = await tx.deadlineExtension.upsert({
      where: { cycleId_userId: { cycleId: cycle.id, userId: person.id } },
      create: { ...data, cycleId: cycle.id, userId: person.id },
      update: { ...data, version: { increment: 1 } },
      select: { id: true },
    })
    await uow.audit({
      action: 'deadline-extension.grant',
      entityType: 'DeadlineExtension',
      entityId: ext.id,
      before: before ?? undefined,
      after: { userId: person.id, until: input.until, reason: input.reason },
    })
    const mail = deadlineEmails.extended(cycle, person.name, bothDates(input.until))
    await queueNotice(tx, person, 'recruitment.deadline-extended', { ...mail, path: `/apply/cycles/${cycle.id}` })
    return { id: ext.id, userId: person.id }
  })
}

export async function revokeExtension(viewer: Viewer, input: RevokeExtensionInput) {
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    const ext = await tx.deadlineExtension.findFirst({
      where: { cycleId: input.cycleId, userId: input.userId, revokedAt: null, cycle: { archivedAt: null } },
      select: { id: true, until: true, cycle: { select: cycleNamesSelect }, user: { select: { id: true, name: true, email: true } } },
    })
    if (!ext) throw notFound()
    const revokedAt = new Date()
    const res = await tx.deadlineExtension.updateMany({
      where: { id: ext.id, revokedAt: null },
      data: { revokedAt, version: { increment: 1 } },
    })
    if (res.count !== 1) throw new AppError('STALE', 'errors.stale')
    await uow.audit({
      action: 'deadline-extension.revoke',
      entityType: 'DeadlineExtension',
      entityId: ext.id,
      before: { until: ext.until },
      after: { revokedAt },
    })
    // Only worth telling while the extension was still running.
    if (ext.until > revokedAt)
      await queueNotice(tx, ext.user, 'recruitment.deadline-revoked', {
        ...deadlineEmails.revoked(ext.cycle, ext.user.name),
        path: '/apply',
      })
  })
}
