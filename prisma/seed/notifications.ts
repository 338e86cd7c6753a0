// Emails already sent in the demo's past: an application received, a deliverable to review...
import type { Prisma } from '@prisma/client'
import { mailTemplates } from '../../lib/notifications/templates'
import { at, insertMany, notNull, sid, type IdOf, type SeedContext } from './helpers'
import { demo } from './people'

export async function seedNotifications({ prisma, count }: SeedContext, uid: IdOf) {
  const hira = demo('APPLICANT')
  const fellow = demo('FELLOW').email
  const notices = [
    {
      key: 'n1',
      email: hira.email,
      kind: 'application.submitted',
      at: at('2026-11-20T09:16:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Application received',
        subjectUr: 'درخواست موصول ہو گئی',
        en: `Hello ${hira.name},\n\nWe have received your application to the KP Government Innovation Fellowship, Cycle 8. Applications close on 31 December 2026; we will write to you after screening.`,
        ur: `${hira.name}، السلام علیکم\n\nکے پی گورنمنٹ انوویشن فیلوشپ، سائیکل 8 کے لیے آپ کی درخواست موصول ہو گئی ہے۔ درخواستیں 31 دسمبر 2026 تک جمع ہوں گی؛ جانچ کے بعد ہم آپ سے رابطہ کریں گے۔`,
      }),
    },
    {
      key: 'n2',
      email: fellow,
      kind: 'deliverable.changes_requested',
      at: at('2022-01-25T08:01:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Changes requested: Pilot release',
        subjectUr: 'تبدیلیاں درکار ہیں: پائلٹ ریلیز',
        en: 'The Health Department asked for changes to “Pilot release” on the pharmacy licence registration system.',
        ur: 'محکمہ صحت نے فارمیسی لائسنس رجسٹریشن سسٹم کی “پائلٹ ریلیز” میں تبدیلیاں مانگی ہیں۔',
      }),
    },
    {
      key: 'n3',
      email: demo('PARTNER').email,
      kind: 'deliverable.submitted',
      at: at('2021-11-10T06:01:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Deliverable submitted for your review',
        subjectUr: 'جائزے کے لیے ڈیلیوریبل جمع کرایا گیا',
        en: '“Requirements and process map” for Health facility medicine stock-out alerts is waiting for your review.',
        ur: 'طبی مراکز میں ادویات کی کمی کے الرٹ کے منصوبے کا “ضروریات اور عمل کا نقشہ” آپ کے جائزے کا منتظر ہے۔',
      }),
    },
    {
      key: 'n4',
      email: demo('REVIEWER').email,
      kind: 'review.assigned',
      at: at('2026-11-18T05:00:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Applications assigned to you',
        subjectUr: 'درخواستیں آپ کے سپرد کی گئی ہیں',
        en: 'Six applications to the KP Government Innovation Fellowship, Cycle 8 are waiting for your review.',
        ur: 'کے پی گورنمنٹ انوویشن فیلوشپ، سائیکل 8 کی چھ درخواستیں آپ کے جائزے کی منتظر ہیں۔',
      }),
    },
  ]
  count(
    'Notification',
    await insertMany(
      notices
        .map((n): Prisma.NotificationCreateManyInput | null => {
          const userId = uid(n.email)
          return userId
            ? {
                id: sid('notification', n.key),
                userId,
                toEmail: n.email,
                subject: n.subject,
                body: n.body,
                kind: n.kind,
                status: 'SENT',
                sentAt: n.at,
                createdAt: n.at,
              }
            : null
        })
        .filter(notNull),
      (data) => prisma.notification.createMany({ data, skipDuplicates: true }),
    ),
  )
}
