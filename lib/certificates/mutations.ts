// Issuing and revoking certificates of completion, through the one write path. Issuing copies
// what it certifies (name, programme, cycle, dates) onto the certificate, marks a fellowship
// still ACTIVE as COMPLETED (so the fellow counts among the alumni: lib/insight/alumni) in the
// same transaction, and emails the fellow after commit.
import 'server-only'
import { write, type UnitOfWork } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import { karachiIso } from '../i18n/karachi-time'
import { appUrl } from '../server/mailer'
import { mailTemplates } from '../notifications/templates'
import { certificateEmails } from '../i18n/emails/certificates'
import type { Viewer } from '../auth/viewer'
import type { Tx } from '../server/tx'
import { loadConditions } from './conditions'
import { newCertificateCode, verifyPath } from './code'
import type { IssueAllInput, IssueCertificateInput, RevokeCertificateInput } from './schema'

const manage = permit('certificate:manage')

/** The Pakistan day of a moment, as the DATE columns store it (UTC midnight of that day). */
const karachiDay = (d: Date | null) => (d ? new Date(karachiIso(d, false)) : null)
const alreadyIssued = () => new AppError('DUPLICATE', 'certificates.errors.alreadyIssued')

/** Issues one, the fellowship already locked. Refuses what the rules refuse; returns the code. */
async function issueLocked(tx: Tx, uow: UnitOfWork, by: string, fellowshipId: string, overrideReason: string | undefined, now: Date) {
  const f = await tx.fellowship.findUnique({
    where: { id: fellowshipId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      user: { select: { id: true, name: true, email: true } },
      cycle: {
        select: {
          name: true,
          nameUr: true,
          startDate: true,
          endDate: true,
          programme: { select: { name: true, nameUr: true } },
        },
      },
      certificate: { select: { id: true } },
    },
  })
  if (!f) throw notFound()
  if (f.certificate) throw alreadyIssued()
  const conditions = (await loadConditions(tx, [f.id])).get(f.id)!
  if (conditions.ended) throw new AppError('CLOSED', 'certificates.errors.ended')
  if (!conditions.met && !overrideReason)
    throw new AppError('INVALID', 'certificates.errors.overrideNeeded', { overrideReason: 'certificates.errors.overrideNeeded' })
  // The day it ended: as recorded, else the cycle's end once past, else today (issued early).
  const endedAt = f.endedAt ?? (f.cycle.endDate && f.cycle.endDate < now ? f.cycle.endDate : now)
  const data = {
    fellowshipId: f.id,
    code: newCertificateCode(),
    recipientName: f.user.name,
    programmeName: f.cycle.programme.name,
    programmeNameUr: f.cycle.programme.nameUr,
    cycleName: f.cycle.name,
    cycleNameUr: f.cycle.nameUr,
    startDate: karachiDay(f.startedAt ?? f.cycle.startDate),
    endDate: karachiDay(endedAt),
    // Only an issue against the rules carries a reason.
    overrideReason: conditions.met ? null : overrideReason!,
    issuedById: by,
    issuedAt: now,
  }
  const c = await tx.certificate.create({ data, select: { id: true, code: true } })
  if (f.status === 'ACTIVE') {
    await tx.fellowship.update({ where: { id: f.id }, data: { status: 'COMPLETED', endedAt, version: { increment: 1 } } })
    await uow.audit({
      action: 'fellowship.complete',
      entityType: 'Fellowship',
      entityId: f.id,
      before: { status: 'ACTIVE', endedAt: f.endedAt },
      after: { status: 'COMPLETED', endedAt, by: 'certificate' },
    })
  }
  await uow.audit({
    action: conditions.met ? 'certificate.issue' : 'certificate.issue-override',
    entityType: 'Certificate',
    entityId: c.id,
    after: { fellowshipId: f.id, code: c.code, overrideReason: data.overrideReason, unmet: conditions.unmet },
  })
  await uow.mail({
    to: f.user.email,
    userId: f.user.id,
    kind: 'certificate-issued',
    ...mailTemplates.notice({
      ...certificateEmails.issued({
        to: f.user.name,
        programme: { name: data.programmeName, nameUr: data.programmeNameUr },
        cycle: { name: data.cycleName, nameUr: data.cycleNameUr },
        code: c.code,
        verifyUrl: appUrl(verifyPath(c.code)),
      }),
      url: appUrl('/fellow/certificate'),
    }),
  })
  return c
}

export async function issueCertificate(viewer: Viewer, input: IssueCertificateInput, now = new Date()) {
  return write(
    viewer,
    manage,
    async (tx, uow) => {
      if (!(await uow.lock('Fellowship', input.fellowshipId))) throw notFound()
      return issueLocked(tx, uow, viewer.userId, input.fellowshipId, input.overrideReason, now)
    },
    { unique: alreadyIssued },
  )
}

/** Every fellow of the cycle who meets the conditions and has none yet; returns how many. */
export async function issueAllEligible(viewer: Viewer, input: IssueAllInput, now = new Date()) {
  return write(
    viewer,
    manage,
    async (tx, uow) => {
      if (!(await uow.lock('Cycle', input.cycleId))) throw notFound()
      const candidates = await tx.fellowship.findMany({
        where: { cycleId: input.cycleId, status: { in: ['ACTIVE', 'COMPLETED'] }, certificate: null },
        select: { id: true },
        orderBy: { id: 'asc' },
      })
      const conditions = await loadConditions(
        tx,
        candidates.map((f) => f.id),
      )
      let issued = 0
      for (const f of candidates) {
        if (!conditions.get(f.id)?.met) continue
        await uow.lock('Fellowship', f.id)
        await issueLocked(tx, uow, viewer.userId, f.id, undefined, now)
        issued++
      }
      return issued
    },
    { unique: alreadyIssued, timeout: 60_000 },
  )
}

export async function revokeCertificate(viewer: Viewer, input: RevokeCertificateInput, now = new Date()) {
  await write(viewer, manage, async (tx, uow) => {
    const before = await tx.certificate.findUnique({
      where: { id: input.certificateId },
      select: { id: true, fellowshipId: true, code: true, revokedAt: true },
    })
    if (!before) throw notFound()
    if (before.revokedAt) throw new AppError('CONFLICT', 'certificates.errors.alreadyRevoked')
    const data = { revokedAt: now, revokedById: viewer.userId, revokeReason: input.reason }
    await updateVersioned(tx.certificate, before.id, input.version, data)
    await uow.audit({ action: 'certificate.revoke', entityType: 'Certificate', entityId: before.id, before, after: data })
  })
}
