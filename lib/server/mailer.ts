// Email goes through the outbox: a Notification row written in the same transaction as the
// change that caused it (so a rolled-back change sends nothing), then delivered after commit:
// through nodemailer when SMTP_URL is set, otherwise (local and demo runs) printed to the
// server's console and, with MAIL_DROP_DIR, written there as a file. Staff see at
// /staff/outbox what was sent to whom; the text of mail marked secret (it carries a sign-in,
// reset, confirmation or invitation link) reaches only its recipient and the operator.
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Prisma, type PrismaClient } from '@prisma/client'
import { env } from '../env'
import type { Tx } from './tx'

export interface MailInput {
  to: string
  userId?: string | null
  subject: string
  body: string
  kind: string
  /** The body carries a credential (set by the templates in lib/notifications/templates.ts). */
  secret?: boolean
}

/** Mail kinds that carry a credential, whatever the caller says: every `auth.*` kind. */
export const isCredentialKind = (kind: string) => kind.startsWith('auth.')

// Mail queued inside a unit of work (lib/server/unit-of-work.ts), by transaction: delivered
// after that transaction commits, whichever helper queued it.
const queuedIn = new WeakMap<object, string[]>()

/** Collects the ids of mail queued with `tx` into `ids` (the unit of work delivers them). */
export function collectQueuedMail(tx: Tx, ids: string[]) {
  queuedIn.set(tx, ids)
}

export async function queueMail(tx: Tx, mail: MailInput) {
  const secret = mail.secret === true || isCredentialKind(mail.kind)
  const n = await tx.notification.create({
    data: { toEmail: mail.to, userId: mail.userId ?? null, subject: mail.subject, body: mail.body, kind: mail.kind, secret },
    select: { id: true },
  })
  queuedIn.get(tx)?.push(n.id)
  return n.id
}

/**
 * Queues many messages in one statement (an announcement to a 2,000-fellow cycle): the ids
 * are made here so each can be linked to its recipient row, and delivered after commit.
 */
export async function queueMailMany(tx: Tx, mails: MailInput[]): Promise<string[]> {
  const ids = mails.map(() => randomUUID())
  // One statement per 1,000 rows, the columns as arrays: Prisma's createMany spends about
  // half a millisecond a row here, which is a second for a 2,000-fellow cycle.
  for (let i = 0; i < mails.length; i += 1000) {
    const part = mails.slice(i, i + 1000)
    await tx.$executeRaw`
      INSERT INTO "Notification" ("id", "toEmail", "userId", "subject", "body", "kind", "secret")
      SELECT * FROM unnest(
        ${ids.slice(i, i + 1000)}::uuid[], ${part.map((m) => m.to)}::text[], ${part.map((m) => m.userId ?? null)}::uuid[],
        ${part.map((m) => m.subject)}::text[], ${part.map((m) => m.body)}::text[], ${part.map((m) => m.kind)}::text[],
        ${part.map((m) => m.secret === true || isCredentialKind(m.kind))}::boolean[]
      )`
  }
  queuedIn.get(tx)?.push(...ids)
  return ids
}

/** A file sent with a message (an interview's .ics). */
export interface MailAttachment {
  filename: string
  content: string
  contentType: string
}

type AttachmentMaker = (db: PrismaClient, ref: string) => Promise<MailAttachment[]>
const attachmentMakers = new Map<string, AttachmentMaker>()

/**
 * Messages of kind `<base>#<ref>` carry files made when they are sent, from the record `ref`
 * names: the outbox row keeps no file, and a retried message carries the record as it stands
 * then (a booking moved since is sent as it is now). The domain that queues such mail
 * registers its maker where it queues it and in the scheduled job that retries mail.
 */
export function registerMailAttachments(base: string, make: AttachmentMaker) {
  attachmentMakers.set(base, make)
}

/** The kind of a message whose attachments `base`'s maker makes from record `ref`. */
export const kindWithAttachments = (base: string, ref: string) => `${base}#${ref}`

async function attachmentsOf(db: PrismaClient, kind: string): Promise<MailAttachment[]> {
  const i = kind.indexOf('#')
  if (i < 0) return []
  const make = attachmentMakers.get(kind.slice(0, i))
  if (!make) throw new Error(`no attachment maker registered for ${kind.slice(0, i)}`)
  return make(db, kind.slice(i + 1))
}

let transport: { sendMail(m: object): Promise<unknown> } | null | undefined

/** Replaces the transport (tests: a mail server that fails, or counts what it is given); null restores SMTP_URL's. */
export function setMailTransport(t: { sendMail(m: object): Promise<unknown> } | null) {
  transport = t ?? undefined
}

async function getTransport() {
  if (transport !== undefined) return transport
  const url = env().SMTP_URL
  if (!url) return (transport = null)
  const nodemailer = (await import('nodemailer')).default
  transport = nodemailer.createTransport(url)
  return transport
}

/** Mail claimed per query; a send of 2,000 goes out in batches of this many. */
const BATCH = 200
/** Tries per message, the first included; after the last failure it stays FAILED. */
export const MAX_ATTEMPTS = 5
/** A message still QUEUED this long after it was written was never handed over: the sweep sends it. */
export const STUCK_QUEUED_MS = 2 * 60_000
/** A message SENDING this long ago was interrupted mid-send (the process died). */
export const INTERRUPTED_MS = 15 * 60_000

/** How long to wait after the nth failed attempt: 2, 4, 8, 16 minutes. */
export function retryDelayMs(attempts: number) {
  return 2 ** attempts * 60_000
}

type Claimed = { id: string; toEmail: string; subject: string; body: string; kind: string; createdAt: Date; attempts: number }

/**
 * Claims up to BATCH messages for this sender: marks them SENDING in one statement, skipping
 * rows another sender holds, so no message is ever handed to the mail server twice.
 */
async function claim(db: PrismaClient, which: Prisma.Sql, now: Date): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "Notification" SET "status" = 'SENDING', "attempts" = "attempts" + 1, "lastAttemptAt" = ${now}, "nextAttemptAt" = NULL
    WHERE "id" IN (
      SELECT "id" FROM "Notification" WHERE ${which} ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toEmail", "subject", "body", "kind", "createdAt", "attempts"`
}

async function send(db: PrismaClient, claimed: Claimed[]) {
  const t = await getTransport()
  const sent: string[] = []
  for (const n of claimed) {
    try {
      const attachments = await attachmentsOf(db, n.kind)
      if (t) await t.sendMail({ from: env().MAIL_FROM, to: n.toEmail, subject: n.subject, text: n.body, attachments })
      else {
        if (env().NODE_ENV !== 'test') console.log(`\n[outbox] to: ${n.toEmail}\n[outbox] subject: ${n.subject}\n${n.body}\n`)
        await dropMail(n, attachments)
      }
      sent.push(n.id)
    } catch (e) {
      const again = n.attempts < MAX_ATTEMPTS ? new Date(Date.now() + retryDelayMs(n.attempts)) : null
      await db.notification.update({
        where: { id: n.id },
        data: { status: 'FAILED', nextAttemptAt: again, error: e instanceof Error ? e.message.slice(0, 500) : 'send failed' },
      })
    }
  }
  if (sent.length)
    await db.notification.updateMany({ where: { id: { in: sent } }, data: { status: 'SENT', sentAt: new Date(), error: null } })
  return sent.length
}

/**
 * Delivers the queued messages named (those a unit of work just committed), all of them, in
 * batches. Failures are recorded on the row with the time of the next try, never thrown at the user.
 */
export async function deliverQueued(db: PrismaClient, ids: string[]) {
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH)
    const claimed = await claim(
      db,
      Prisma.sql`"status" = 'QUEUED' AND "id" IN (${Prisma.join(part.map((id) => Prisma.sql`${id}::uuid`))})`,
      new Date(),
    )
    await send(db, claimed)
  }
}

export interface RetryRun {
  sent: number
  failed: number
  /** Messages found interrupted mid-send: marked failed and not sent again (they may have arrived). */
  interrupted: number
}

/**
 * The retry sweep (`npm run remind`, or `npm run mail:retry` on its own): sends what stayed
 * QUEUED (its process stopped before handing it over) and what failed and is due for another
 * try, with back-off, until MAX_ATTEMPTS. A message interrupted mid-send is not retried: the
 * mail server may have taken it, and sending twice is worse than staff seeing it failed.
 */
export async function retryMail(db: PrismaClient, now = new Date()): Promise<RetryRun> {
  const interrupted = await db.notification.updateMany({
    where: { status: 'SENDING', lastAttemptAt: { lt: new Date(now.getTime() - INTERRUPTED_MS) } },
    data: { status: 'FAILED', nextAttemptAt: null, error: 'Interrupted while sending; not sent again in case it arrived.' },
  })
  const run: RetryRun = { sent: 0, failed: 0, interrupted: interrupted.count }
  const due = Prisma.sql`(("status" = 'QUEUED' AND "createdAt" < ${new Date(now.getTime() - STUCK_QUEUED_MS)})
    OR ("status" = 'FAILED' AND "nextAttemptAt" IS NOT NULL AND "nextAttemptAt" <= ${now}))`
  for (;;) {
    const claimed = await claim(db, due, now)
    if (!claimed.length) return run
    const ok = await send(db, claimed)
    run.sent += ok
    run.failed += claimed.length - ok
  }
}

/**
 * Without SMTP, MAIL_DROP_DIR receives each message as a file readable only by the server's
 * user: how a local run or a browser test follows an emailed link without showing it on a page.
 */
async function dropMail(
  n: { id: string; toEmail: string; subject: string; kind: string; body: string; createdAt: Date },
  attachments: MailAttachment[] = [],
) {
  const dir = env().MAIL_DROP_DIR
  if (!dir) return
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const files = attachments.map((a) => `\n--- Attachment: ${a.filename} (${a.contentType}) ---\n${a.content}`).join('')
  const text = `To: ${n.toEmail}\nSubject: ${n.subject}\nKind: ${n.kind}\nDate: ${n.createdAt.toISOString()}\n\n${n.body}\n${files}`
  await writeFile(path.join(dir, `${n.createdAt.getTime()}-${n.id}.eml`), text, { mode: 0o600 })
}

export function appUrl(pathname: string) {
  const base = env().NEXTAUTH_URL ?? 'http://localhost:3000'
  return new URL(pathname, base).toString()
}
