// Email goes through the outbox: a Notification row written in the same transaction as the
// change that caused it (so a rolled-back change sends nothing), then delivered after commit:
// through nodemailer when SMTP_URL is set, otherwise printed to the console. Staff read
// every message at /staff/outbox.
import type { PrismaClient } from '@prisma/client'
import { env } from '../env'
import type { Tx } from './tx'

export interface MailInput {
  to: string
  userId?: string | null
  subject: string
  body: string
  kind: string
}

export async function queueMail(tx: Tx, mail: MailInput) {
  const n = await tx.notification.create({
    data: { toEmail: mail.to, userId: mail.userId ?? null, subject: mail.subject, body: mail.body, kind: mail.kind },
    select: { id: true },
  })
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
      else if (env().NODE_ENV !== 'test') {
        console.log(`\n[outbox] to: ${n.toEmail}\n[outbox] subject: ${n.subject}\n${n.body}\n`)
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

export function appUrl(pathname: string) {
  const base = env().NEXTAUTH_URL ?? 'http://localhost:3000'
  return new URL(pathname, base).toString()
}
