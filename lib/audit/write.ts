// Writes one audit row: who did what to which record, with before/after snapshots.
// Call it inside the same transaction as the change.
import type { PrismaClient } from '@prisma/client'
import { redactAuditSnapshot } from './private'

export interface AuditEntry {
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
}

// Never in an audit row, which staff read: a password's or token's hash, or a token itself.
const SECRET_KEYS = new Set(['passwordHash', 'tokenHash', 'token'])

/** Drops secrets and turns Dates/Decimals into JSON-safe values. */
function snapshot(v: unknown): object | undefined {
  if (v === undefined || v === null) return undefined
  return JSON.parse(JSON.stringify(v, (k, val) => (SECRET_KEYS.has(k) ? undefined : val)))
}

/** Any client with the audit table: a transaction's, usually (lib/audit never imports lib/server). */
type AuditClient = Pick<PrismaClient, 'auditLog'>

export async function writeAudit(tx: AuditClient, e: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: e.actorId,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: snapshot(redactAuditSnapshot(e.entityType, e.action, e.before)) ?? undefined,
      after: snapshot(redactAuditSnapshot(e.entityType, e.action, e.after)) ?? undefined,
    },
  })
}
