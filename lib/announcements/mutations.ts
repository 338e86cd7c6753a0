// Sending an announcement (staff) and reading one (its recipient). A send is one unit of work:
// the announcement, a recipient row and a queued mail per person, and the audit row commit
// together; the mail goes out after the response, in batches, and failures are retried by the
// sweep (lib/server/mailer.ts).
import 'server-only'
import { randomUUID } from 'node:crypto'
import { write } from '../server/unit-of-work'
import { afterResponse } from '../server/after-response'
import { appUrl, queueMailMany } from '../server/mailer'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { mailTemplates } from '../notifications/templates'
import { announcementEmails } from '../i18n/emails/announcements'
import { checkNarrowing, unsafeResolveAudience } from './audience'
import { narrowed, type SendAnnouncementInput } from './schema'

export async function sendAnnouncement(viewer: Viewer, input: SendAnnouncementInput) {
  const a = narrowed(input)
  return write(
    viewer,
    permit('announcement:send'),
    async (tx, uow) => {
      const cycle = await tx.cycle.findUnique({
        where: { id: a.cycleId },
        select: { id: true, programme: { select: { name: true, nameUr: true } } },
      })
      if (!cycle) throw notFound()
      await checkNarrowing(tx, a)
      // Only the people listed on the confirmation, and only while they are still in the audience.
      const listed = new Set(input.to.map((e) => e.toLowerCase()))
      const recipients = (await unsafeResolveAudience(tx, a)).filter((r) => listed.has(r.email.toLowerCase()))
      if (!recipients.length) throw new AppError('INVALID', 'announcements.errors.noRecipients')
      const announcement = await tx.announcement.create({
        data: {
          cycleId: a.cycleId,
          audience: a.audience,
          departmentId: a.departmentId ?? null,
          projectId: a.projectId ?? null,
          stage: a.stage ?? null,
          subject: input.subject,
          subjectUr: input.subjectUr,
          body: input.body,
          bodyUr: input.bodyUr,
          sentById: viewer.userId,
          recipientCount: recipients.length,
        },
        select: { id: true },
      })
      const rowIds = recipients.map(() => randomUUID())
      const mailIds = await queueMailMany(
        tx,
        recipients.map((r, i) => ({
          to: r.email,
          userId: r.userId,
          kind: 'announcement',
          ...mailTemplates.notice({
            ...announcementEmails.announcement({
              to: r.name,
              by: viewer.name,
              programme: cycle.programme.name,
              programmeUr: cycle.programme.nameUr ?? cycle.programme.name,
              subject: input.subject,
              subjectUr: input.subjectUr,
              body: input.body,
              bodyUr: input.bodyUr,
              inbox: r.userId !== null,
            }),
            url: r.userId ? appUrl(`/account/inbox/${rowIds[i]}/open`) : undefined,
          }),
        })),
      )
      // As the mail: one statement per 1,000 rows, columns as arrays.
      for (let i = 0; i < recipients.length; i += 1000) {
        const part = recipients.slice(i, i + 1000)
        await tx.$executeRaw`
          INSERT INTO "AnnouncementRecipient" ("id", "announcementId", "userId", "name", "email", "notificationId")
          SELECT r.id, ${announcement.id}::uuid, r.user_id, r.name, r.email, r.mail_id FROM unnest(
            ${rowIds.slice(i, i + 1000)}::uuid[], ${part.map((r) => r.userId)}::uuid[], ${part.map((r) => r.name)}::text[],
            ${part.map((r) => r.email)}::text[], ${mailIds.slice(i, i + 1000)}::uuid[]
          ) AS r(id, user_id, name, email, mail_id)`
      }
      await uow.audit({
        action: 'announcement.send',
        entityType: 'Announcement',
        entityId: announcement.id,
        after: { ...a, subject: input.subject, recipients: recipients.length },
      })
      return { id: announcement.id, count: recipients.length }
    },
    // 2,000 recipients commit in one transaction; their mail is handed over after the response.
    { timeout: 60_000, deliverMail: (send) => afterResponse('announcement mail', send) },
  )
}

/** The recipient opened their message: marked read once (the first time counts). */
export async function markMessageRead(viewer: Viewer, recipientId: string) {
  return write(viewer, permit('inbox:read:own'), async (tx) => {
    const row = await tx.announcementRecipient.findFirst({
      where: { id: recipientId, userId: viewer.userId },
      select: { id: true, readAt: true },
    })
    if (!row) throw notFound()
    if (!row.readAt) await tx.announcementRecipient.update({ where: { id: row.id }, data: { readAt: new Date() } })
    return row.id
  })
}

export async function markAllRead(viewer: Viewer) {
  return write(viewer, permit('inbox:read:own'), async (tx) => {
    const r = await tx.announcementRecipient.updateMany({ where: { userId: viewer.userId, readAt: null }, data: { readAt: new Date() } })
    return r.count
  })
}
