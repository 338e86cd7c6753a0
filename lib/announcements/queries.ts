// Reading announcements: staff see a cycle's announcements with their delivery (per recipient:
// queued, sending, sent, failed or read) and preview an audience; everyone reads their own inbox.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { checkNarrowing, unsafeResolveAudience } from './audience'
import { narrowed, type AudienceInput } from './schema'

export const DELIVERY_STATES = ['QUEUED', 'SENDING', 'SENT', 'FAILED', 'READ'] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]

export const PAGE_SIZE = 100

/** Who would receive an announcement to this audience now (the confirmation lists them). */
export async function previewAudience(viewer: Viewer, input: AudienceInput) {
  assertCan(viewer, 'announcement:send')
  const db = await getDb()
  const a = narrowed(input)
  await checkNarrowing(db, a)
  return unsafeResolveAudience(db, a)
}

type Tally = Record<DeliveryState, number>
const emptyTally = (): Tally => ({ QUEUED: 0, SENDING: 0, SENT: 0, FAILED: 0, READ: 0 })

/** Delivery counts per announcement: read wins over the mail's state (someone who read it got it). */
async function tallies(ids: string[]): Promise<Map<string, Tally>> {
  const out = new Map<string, Tally>(ids.map((id) => [id, emptyTally()]))
  if (!ids.length) return out
  const db = await getDb()
  const rows = await db.$queryRaw<{ announcementId: string; state: DeliveryState; n: number }[]>`
    SELECT r."announcementId", CASE WHEN r."readAt" IS NOT NULL THEN 'READ' ELSE n."status"::text END AS state, count(*)::int AS n
    FROM "AnnouncementRecipient" r LEFT JOIN "Notification" n ON n."id" = r."notificationId"
    WHERE r."announcementId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
    GROUP BY 1, 2`
  for (const r of rows) if (r.state) out.get(r.announcementId)![r.state] = r.n
  return out
}

export async function listAnnouncements(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'announcement:read:any')
  const db = await getDb()
  const rows = await db.announcement.findMany({
    where: { cycleId },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: {
      id: true,
      audience: true,
      stage: true,
      subject: true,
      subjectUr: true,
      recipientCount: true,
      createdAt: true,
      sentBy: { select: { name: true } },
      department: { select: { name: true, nameUr: true } },
      project: { select: { title: true, titleUr: true } },
    },
  })
  const t = await tallies(rows.map((r) => r.id))
  return rows.map((r) => ({ ...r, delivery: t.get(r.id)! }))
}

export type AnnouncementRow = Awaited<ReturnType<typeof listAnnouncements>>[number]

/** One announcement with its delivery per recipient, a page at a time, optionally one state only. */
export async function getAnnouncement(viewer: Viewer, id: string, opts: { state?: DeliveryState; page?: number } = {}) {
  assertCan(viewer, 'announcement:read:any')
  const db = await getDb()
  const a = await db.announcement.findUnique({
    where: { id },
    select: {
      id: true,
      cycleId: true,
      audience: true,
      stage: true,
      subject: true,
      subjectUr: true,
      body: true,
      bodyUr: true,
      recipientCount: true,
      createdAt: true,
      sentBy: { select: { name: true } },
      department: { select: { name: true, nameUr: true } },
      project: { select: { title: true, titleUr: true } },
      cycle: { select: { name: true, nameUr: true } },
    },
  })
  if (!a) throw notFound()
  const where: Prisma.AnnouncementRecipientWhereInput = { announcementId: id }
  if (opts.state === 'READ') where.readAt = { not: null }
  else if (opts.state) Object.assign(where, { readAt: null, notification: { status: opts.state } })
  const page = Math.max(1, opts.page ?? 1)
  const [total, recipients, delivery] = await Promise.all([
    db.announcementRecipient.count({ where }),
    db.announcementRecipient.findMany({
      where,
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        readAt: true,
        userId: true,
        notification: { select: { status: true, error: true, attempts: true, sentAt: true, nextAttemptAt: true } },
      },
    }),
    tallies([id]),
  ])
  return {
    ...a,
    delivery: delivery.get(id)!,
    total,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    recipients: recipients.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      hasAccount: r.userId !== null,
      readAt: r.readAt,
      state: (r.readAt ? 'READ' : (r.notification?.status ?? 'QUEUED')) as DeliveryState,
      error: r.notification?.error ?? null,
      attempts: r.notification?.attempts ?? 0,
      sentAt: r.notification?.sentAt ?? null,
      nextAttemptAt: r.notification?.nextAttemptAt ?? null,
    })),
  }
}

export type AnnouncementDetail = Awaited<ReturnType<typeof getAnnouncement>>

const inboxSelect = {
  id: true,
  readAt: true,
  announcement: {
    select: {
      subject: true,
      subjectUr: true,
      createdAt: true,
      sentBy: { select: { name: true } },
      cycle: { select: { name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } } },
    },
  },
} satisfies Prisma.AnnouncementRecipientSelect

/** The viewer's own messages, newest first. */
export async function listInbox(viewer: Viewer, page = 1) {
  assertCan(viewer, 'inbox:read:own')
  const db = await getDb()
  const where = { userId: viewer.userId }
  const [total, rows] = await Promise.all([
    db.announcementRecipient.count({ where }),
    db.announcementRecipient.findMany({
      where,
      orderBy: { announcement: { createdAt: 'desc' } },
      skip: (Math.max(1, page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: inboxSelect,
    }),
  ])
  return { total, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows }
}

/** One of the viewer's own messages; anyone else's is "not found". */
export async function getInboxMessage(viewer: Viewer, recipientId: string) {
  assertCan(viewer, 'inbox:read:own')
  const db = await getDb()
  const row = await db.announcementRecipient.findFirst({
    where: { id: recipientId, userId: viewer.userId },
    select: { ...inboxSelect, announcement: { select: { ...inboxSelect.announcement.select, body: true, bodyUr: true } } },
  })
  if (!row) throw notFound()
  return row
}

/** Unread messages, for the header's inbox link. */
export async function unreadCount(viewer: Viewer) {
  const db = await getDb()
  return db.announcementRecipient.count({ where: { userId: viewer.userId, readAt: null } })
}
