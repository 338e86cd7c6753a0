// The one write path (decision 014): every mutation runs as write(viewer, permit, work). It
// checks the permission, opens the transaction, takes row locks one way (SELECT ... FOR UPDATE),
// writes audit rows with the viewer as actor, delivers the mail queued inside it only after it
// commits, and turns a unique-key violation into a message. Not server-only: scheduled jobs
// (scripts/remind.ts) write through it with their own client.
import type { PrismaClient } from '@prisma/client'
import { Prisma } from '@prisma/client'
import { writeAudit, type AuditEntry } from '../audit/write'
import { AppError, isUniqueViolation } from './errors'
import { collectQueuedMail, deliverQueued, queueMail, type MailInput } from './mailer'
import type { Tx } from './tx'

/** Who writes: the viewer (lib/auth/viewer.ts) or, for a scheduled job, nobody (null). */
export interface Actor {
  userId: string
  role: string
}

/**
 * The permission check, made by lib/auth's `permit(...)`: throws UNAUTHENTICATED or FORBIDDEN.
 * A function rather than a permission name so that lib/server never imports lib/auth.
 */
export type Permit<A> = (actor: A) => void

/** Tables a unit of work may lock. A name here is spliced into SQL: only literals, never input. */
export type Lockable =
  | 'Application'
  | 'Cycle'
  | 'Deliverable'
  | 'EvaluationRound'
  | 'Fellowship'
  | 'MatchRun'
  | 'Offer'
  | 'PaymentBatch'
  | 'PaymentLine'
  | 'Placement'
  | 'Project'
  | 'ProgressUpdate'
  | 'Review'
  | 'User'

export interface UnitOfWork {
  /**
   * Locks the row until the transaction ends (SELECT ... FOR UPDATE): two writers that lock the
   * same row take turns, so what one checked stays true until its write commits. Lock parents
   * before children and several rows of one table in a fixed order. False when there is no row.
   */
  lock(table: Lockable, id: string): Promise<boolean>
  /** Writes the audit row in this transaction; the actor is the viewer unless given. */
  audit(entry: Omit<AuditEntry, 'actorId'> & { actorId?: string | null }): Promise<void>
  /**
   * Queues an email in this transaction; it is delivered after commit, never on rollback.
   * Mail queued with queueMail(tx, ...) by a domain's own helper is delivered the same way.
   */
  mail(mail: MailInput): Promise<string>
  /** Work for after the commit only (removing a replaced file from storage): never on rollback. */
  afterCommit(task: () => Promise<unknown>): void
}

export interface WriteOptions {
  /** What a unique-key violation means here (beside which field); default: errors.duplicate. */
  unique?: () => AppError
  /** The client to write with; default the process's (getDb). Scripts pass their own. */
  db?: PrismaClient
  /** Transaction time limit in ms, for long batches (Prisma's default is 5 s). */
  timeout?: number
  /**
   * How the committed mail is handed over; default: now, before write() returns. A page that
   * need not wait for the mail server passes (send) => afterResponse('what', send).
   */
  deliverMail?: (send: () => Promise<void>) => void
}

const TABLE = /^[A-Z][A-Za-z]+$/

async function clientFor(options: WriteOptions): Promise<PrismaClient> {
  if (options.db) return options.db
  // Loaded on use: db.ts is server-only, and scripts always pass their own client.
  return (await import('./db')).getDb()
}

/**
 * Runs `work` as one unit: all of it commits or none of it does. Returns what `work` returns,
 * once the queued mail has been handed to the mailer (failures are recorded on the mail row,
 * never thrown at the user).
 */
export async function write<A extends Actor | null, T>(
  actor: A,
  permit: Permit<A>,
  work: (tx: Tx, uow: UnitOfWork) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  permit(actor)
  const db = await clientFor(options)
  const mailIds: string[] = []
  const after: (() => Promise<unknown>)[] = []
  let result: T
  try {
    result = await db.$transaction(
      async (tx) => {
        collectQueuedMail(tx, mailIds)
        const uow: UnitOfWork = {
          async lock(table, id) {
            if (!TABLE.test(table)) throw new Error(`not a lockable table: ${table}`)
            const rows = await tx.$queryRaw<unknown[]>(
              Prisma.sql`SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id}::uuid FOR UPDATE`,
            )
            return rows.length > 0
          },
          audit: (entry) => writeAudit(tx, { ...entry, actorId: entry.actorId === undefined ? (actor?.userId ?? null) : entry.actorId }),
          mail: (mail) => queueMail(tx, mail),
          afterCommit: (task) => void after.push(task),
        }
        return work(tx, uow)
      },
      options.timeout ? { timeout: options.timeout } : undefined,
    )
  } catch (e) {
    if (!(e instanceof AppError) && isUniqueViolation(e)) throw options.unique?.() ?? new AppError('DUPLICATE', 'errors.duplicate')
    throw e
  }
  for (const task of after) {
    // The change is committed: a failing clean-up is the operator's to see, not the user's.
    await task().catch((e) => console.error('[write] after-commit task failed', e))
  }
  if (mailIds.length) {
    const send = () => deliverQueued(db, mailIds)
    if (options.deliverMail) options.deliverMail(send)
    else await send()
  }
  return result
}

/** A scheduled job's unit of work: no viewer, so no permission, and audit rows have no actor. */
export function writeAsSystem<T>(db: PrismaClient, work: (tx: Tx, uow: UnitOfWork) => Promise<T>, options: Omit<WriteOptions, 'db'> = {}) {
  return write(null, () => {}, work, { ...options, db })
}
