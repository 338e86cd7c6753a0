// Staff views of people: accounts, open invitations, the audit log and the outbox.
import 'server-only'
import type { Prisma, Role } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { redactAuditSnapshot } from '../audit/private'

export const PAGE_SIZE = 50

export async function listUsers(viewer: Viewer, f: { q?: string; role?: Role; page?: number } = {}) {
  assertCan(viewer, 'user:manage')
  const db = await getDb()
  const where: Prisma.UserWhereInput = {
    ...(f.role ? { role: f.role } : {}),
    ...(f.q ? { OR: [{ name: { contains: f.q, mode: 'insensitive' } }, { email: { contains: f.q, mode: 'insensitive' } }] } : {}),
  }
  const page = f.page ?? 1
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: 'asc' }, { name: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        emailVerifiedAt: true,
        version: true,
        departmentId: true,
        department: { select: { name: true } },
      },
    }),
    db.user.count({ where }),
  ])
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) }
}

export async function listOpenInvitations(viewer: Viewer) {
  assertCan(viewer, 'user:invite')
  const db = await getDb()
  return db.invitation.findMany({
    where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
      department: { select: { name: true } },
    },
  })
}

export interface AuditFilter {
  entityType?: string
  action?: string
  actorId?: string
  entityId?: string
  from?: Date
  to?: Date
  page?: number
}

export async function listAudit(viewer: Viewer, f: AuditFilter = {}) {
  assertCan(viewer, 'audit:read')
  const db = await getDb()
  const where: Prisma.AuditLogWhereInput = {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.action ? { action: { startsWith: f.action } } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  }
  const page = f.page ?? 1
  const [rows, total, types, actors] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ['entityType'], orderBy: { entityType: 'asc' } }),
    db.user.findMany({ where: { role: { in: ['ADMIN', 'STAFF'] } }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ])
  // Rows written before drafts were kept out of the log show no draft text either.
  const safe = rows.map((r) => ({
    ...r,
    before: redactAuditSnapshot(r.entityType, r.action, r.before),
    after: redactAuditSnapshot(r.entityType, r.action, r.after),
  }))
  return { rows: safe, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), entityTypes: types.map((t) => t.entityType), actors }
}

export async function listOutbox(viewer: Viewer, f: { page?: number; to?: string } = {}) {
  assertCan(viewer, 'outbox:read')
  const db = await getDb()
  const where: Prisma.NotificationWhereInput = f.to ? { toEmail: { contains: f.to, mode: 'insensitive' } } : {}
  const page = f.page ?? 1
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, toEmail: true, subject: true, body: true, secret: true, kind: true, status: true, error: true, createdAt: true },
    }),
    db.notification.count({ where }),
  ])
  // The outbox is a record of what was sent, never a way to read someone else's sign-in,
  // reset, confirmation or invitation link: a secret message's body stays on the server,
  // for staff and the administrator alike, whether or not mail really goes out.
  const safe = rows.map((r) => ({ ...r, body: r.secret ? null : r.body }))
  return { rows: safe, total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) }
}
