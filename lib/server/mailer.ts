// Email goes through the outbox: a Notification row written in the same transaction as the
// change that caused it (so a rolled-back change sends nothing), then delivered after commit:
// through nodemailer when SMTP_URL is set, otherwise (local and demo runs) printed to the
// server's console and, with MAIL_DROP_DIR, written there as a file. Staff see at
// /staff/outbox what was sent to whom; the text of mail marked secret (it carries a sign-in,
// reset, confirmation or invitation link) reaches only its recipient and the operator.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PrismaClient } from '@prisma/client'
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

let transport: { sendMail(m: object): Promise<unknown> } | null | undefined

async function getTransport() {
  if (transport !== undefined) return transport
  const url = env().SMTP_URL
  if (!url) return (transport = null)
  const nodemailer = (await import('nodemailer')).default
  transport = nodemailer.createTransport(url)
  return transport
}

/** Delivers queued messages. Failures are recorded on the row, never thrown at the user. */
export async function deliverQueued(db: PrismaClient, ids?: string[]) {
  const queued = await db.notification.findMany({
    where: { status: 'QUEUED', ...(ids ? { id: { in: ids } } : {}) },
    orderBy: { createdAt: 'asc' },
    take: 200,
  })
  const t = await getTransport()
  for (const n of queued) {
    try {
      if (t) await t.sendMail({ from: env().MAIL_FROM, to: n.toEmail, subject: n.subject, text: n.body })
      else {
        if (env().NODE_ENV !== 'test') console.log(`\n[outbox] to: ${n.toEmail}\n[outbox] subject: ${n.subject}\n${n.body}\n`)
        await dropMail(n)
      }
      await db.notification.update({ where: { id: n.id }, data: { status: 'SENT', sentAt: new Date() } })
    } catch (e) {
      await db.notification.update({
        where: { id: n.id },
        data: { status: 'FAILED', error: e instanceof Error ? e.message.slice(0, 500) : 'send failed' },
      })
    }
  }
}

/**
 * Without SMTP, MAIL_DROP_DIR receives each message as a file readable only by the server's
 * user: how a local run or a browser test follows an emailed link without showing it on a page.
 */
async function dropMail(n: { id: string; toEmail: string; subject: string; kind: string; body: string; createdAt: Date }) {
  const dir = env().MAIL_DROP_DIR
  if (!dir) return
  await mkdir(dir, { recursive: true, mode: 0o700 })
  const text = `To: ${n.toEmail}\nSubject: ${n.subject}\nKind: ${n.kind}\nDate: ${n.createdAt.toISOString()}\n\n${n.body}\n`
  await writeFile(path.join(dir, `${n.createdAt.getTime()}-${n.id}.eml`), text, { mode: 0o600 })
}

export function appUrl(pathname: string) {
  const base = env().NEXTAUTH_URL ?? 'http://localhost:3000'
  return new URL(pathname, base).toString()
}
