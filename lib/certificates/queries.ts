// Reads of certificates: a cycle's fellows with whether they have completed and their
// certificate (staff), and a fellow's own certificates, revoked ones too (she keeps seeing
// what happened to hers; alumni keep access: a completed fellowship still signs in as FELLOW).
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { loadConditions } from './conditions'

export const certificateSelect = {
  id: true,
  code: true,
  recipientName: true,
  programmeName: true,
  programmeNameUr: true,
  cycleName: true,
  cycleNameUr: true,
  startDate: true,
  endDate: true,
  issuedAt: true,
  revokedAt: true,
} as const

export async function listCycleCertificates(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'certificate:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      id: true,
      name: true,
      nameUr: true,
      programme: { select: { id: true, name: true, nameUr: true, completionNeedsDeliverables: true, completionNeedsEvaluations: true } },
    },
  })
  if (!cycle) throw notFound()
  const fellowships = await db.fellowship.findMany({
    where: { cycleId },
    orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      status: true,
      user: { select: { name: true } },
      certificate: {
        select: { id: true, code: true, issuedAt: true, overrideReason: true, revokedAt: true, revokeReason: true, version: true },
      },
    },
  })
  const conditions = await loadConditions(
    db,
    fellowships.map((f) => f.id),
  )
  return {
    cycle,
    fellows: fellowships.map((f) => ({ ...f, conditions: conditions.get(f.id)! })),
  }
}

export type CycleCertificates = Awaited<ReturnType<typeof listCycleCertificates>>

export async function myCertificates(viewer: Viewer) {
  assertCan(viewer, 'certificate:read:own')
  const db = await getDb()
  return db.certificate.findMany({
    where: { fellowship: { userId: viewer.userId } },
    orderBy: { issuedAt: 'desc' },
    select: certificateSelect,
  })
}

export type CertificateView = Awaited<ReturnType<typeof myCertificates>>[number]
