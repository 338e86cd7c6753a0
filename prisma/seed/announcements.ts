// Announcements already sent in KP cycle 7: the bootcamp welcome to every fellow (most read it,
// one address bounced and was given up on) and the mid-term note to the partner contacts. The
// demo fellow has the latest one unread, so the header shows their inbox count.
import type { Prisma } from '@prisma/client'
import { mailTemplates } from '../../lib/notifications/templates'
import { announcementEmails } from '../../lib/i18n/emails/announcements'
import { addHours, at, insertMany, sid, type IdOf, type SeedContext } from './helpers'
import { demo } from './people'

interface Spec {
  key: string
  audience: 'FELLOWS' | 'PARTNERS'
  at: Date
  subject: string
  subjectUr: string
  body: string
  bodyUr: string
}

const SPECS: Spec[] = [
  {
    key: 'kp7-bootcamp',
    audience: 'FELLOWS',
    at: at('2021-09-30T10:00:00Z'),
    subject: 'Welcome to Cycle 7: bootcamp from 4 October',
    subjectUr: 'سائیکل 7 میں خوش آمدید: بوٹ کیمپ 4 اکتوبر سے',
    body: 'Congratulations on your placement. The bootcamp runs 4–8 October at the KP IT Board, Peshawar, from 9:00 each day. Bring your laptop and your CNIC for the building pass. Your department focal person will meet you on the last day.',
    bodyUr:
      'تعیناتی پر مبارکباد۔ بوٹ کیمپ 4 تا 8 اکتوبر کے پی آئی ٹی بورڈ، پشاور میں روزانہ صبح 9 بجے سے ہوگا۔ اپنا لیپ ٹاپ اور عمارت کے پاس کے لیے شناختی کارڈ ساتھ لائیں۔ آخری دن آپ کے محکمے کے فوکل پرسن آپ سے ملیں گے۔',
  },
  {
    key: 'kp7-midterm-partners',
    audience: 'PARTNERS',
    at: at('2022-03-01T06:00:00Z'),
    subject: 'Mid-term: please review your fellows’ progress',
    subjectUr: 'وسط مدت: براہ کرم اپنے فیلوز کی پیش رفت کا جائزہ لیں',
    body: 'The fellowship is halfway through. Please look at your fellows’ updates and deliverables in Daftar this week, and tell us of anything that blocks their work.',
    bodyUr:
      'فیلوشپ آدھی مدت پوری کر چکی ہے۔ براہ کرم اس ہفتے دفتر میں اپنے فیلوز کی اپ ڈیٹس اور ڈیلیوریبلز دیکھیں، اور ان کے کام میں کسی رکاوٹ سے ہمیں آگاہ کریں۔',
  },
  {
    key: 'kp7-demo-day',
    audience: 'FELLOWS',
    at: at('2022-08-15T07:00:00Z'),
    subject: 'Demo day on 22 September: send your slides',
    subjectUr: '22 ستمبر کو ڈیمو ڈے: اپنی سلائیڈز بھیجیں',
    body: 'Each team presents for seven minutes to the Chief Secretary’s office and the partner departments. Send your slides by 15 September; rehearsals are on 20 September.',
    bodyUr:
      'ہر ٹیم چیف سیکرٹری آفس اور شراکت دار محکموں کے سامنے سات منٹ پیش کرے گی۔ اپنی سلائیڈز 15 ستمبر تک بھیجیں؛ ریہرسل 20 ستمبر کو ہوگی۔',
  },
]

export async function seedAnnouncements({ prisma, count }: SeedContext, cid: IdOf, uid: IdOf) {
  const cycleId = cid('kp-7')
  const sender = demo('STAFF')
  const sentById = uid(sender.email)
  if (!cycleId || !sentById) return
  const programme = await prisma.cycle.findUniqueOrThrow({
    where: { id: cycleId },
    select: { programme: { select: { name: true, nameUr: true } } },
  })
  const fellows = await prisma.user.findMany({
    where: { fellowships: { some: { cycleId, status: { in: ['ACTIVE', 'COMPLETED'] } } } },
    orderBy: { email: 'asc' },
    select: { id: true, name: true, email: true },
  })
  const contacts = await prisma.partnerContact.findMany({
    where: { archivedAt: null, department: { cycles: { some: { cycleId } } } },
    orderBy: { email: 'asc' },
    select: { name: true, email: true, userId: true },
  })
  const demoFellow = demo('FELLOW').email
  const announcements: Prisma.AnnouncementCreateManyInput[] = []
  const mails: Prisma.NotificationCreateManyInput[] = []
  const rows: Prisma.AnnouncementRecipientCreateManyInput[] = []
  for (const s of SPECS) {
    const people = s.audience === 'FELLOWS' ? fellows.map((f) => ({ ...f, userId: f.id })) : contacts
    const id = sid('announcement', s.key)
    announcements.push({
      id,
      cycleId,
      audience: s.audience,
      subject: s.subject,
      subjectUr: s.subjectUr,
      body: s.body,
      bodyUr: s.bodyUr,
      sentById,
      recipientCount: people.length,
      createdAt: s.at,
    })
    people.forEach((p, i) => {
      const rowId = sid('announcement-recipient', s.key, p.email)
      const mailId = sid('announcement-mail', s.key, p.email)
      const text = mailTemplates.notice({
        ...announcementEmails.announcement({
          to: p.name,
          by: sender.name,
          programme: programme.programme.name,
          programmeUr: programme.programme.nameUr ?? programme.programme.name,
          subject: s.subject,
          subjectUr: s.subjectUr,
          body: s.body,
          bodyUr: s.bodyUr,
          inbox: p.userId !== null,
        }),
      })
      // One fellow's address bounced on the first message: five attempts, then given up.
      const bounced = s.key === 'kp7-bootcamp' && i === 3
      mails.push({
        id: mailId,
        userId: p.userId,
        toEmail: p.email,
        subject: text.subject,
        body: text.body,
        kind: 'announcement',
        status: bounced ? 'FAILED' : 'SENT',
        error: bounced ? '550 5.1.1 <mailbox unavailable>: recipient address rejected' : null,
        attempts: bounced ? 5 : 1,
        lastAttemptAt: addHours(s.at, bounced ? 1 : 0),
        sentAt: bounced ? null : s.at,
        createdAt: s.at,
      })
      // Most read it within a day; the demo fellow has not yet opened the latest one.
      const read = p.userId && !bounced && !(s.key === 'kp7-demo-day' && p.email === demoFellow) && i % 5 !== 4
      rows.push({
        id: rowId,
        announcementId: id,
        userId: p.userId,
        name: p.name,
        email: p.email,
        notificationId: mailId,
        readAt: read ? addHours(s.at, 2 + (i % 20)) : null,
      })
    })
  }
  count('Announcement', await insertMany(announcements, (data) => prisma.announcement.createMany({ data, skipDuplicates: true })))
  count('Notification', await insertMany(mails, (data) => prisma.notification.createMany({ data, skipDuplicates: true })))
  count('AnnouncementRecipient', await insertMany(rows, (data) => prisma.announcementRecipient.createMany({ data, skipDuplicates: true })))
}
