import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { settleAfterResponse } from '../server/after-response'
import { makeCycle, makeDepartment, makeUser, makeViewer, viewerOf } from '../../tests/support/factories'
import { makePlacedFellow } from '../../tests/support/factories-progress'
import { joinCycle } from '../../tests/support/factories-placement'
import { makeApplication, makeReview } from '../../tests/support/factories-recruitment'
import { sendAnnouncementSchema, type SendAnnouncementInput } from './schema'
import { markAllRead, markMessageRead, sendAnnouncement } from './mutations'
import { getAnnouncement, getInboxMessage, listAnnouncements, listInbox, previewAudience, unreadCount } from './queries'

const message = {
  subject: 'Bootcamp on Monday',
  subjectUr: 'پیر کو بوٹ کیمپ',
  body: 'Please be at the IT Board by 9.',
  bodyUr: 'براہ کرم 9 بجے تک آئی ٹی بورڈ پہنچیں۔',
}

/** A running cycle: two departments, three placed fellows, a withdrawn one, a partner with a contact, applicants and a reviewer. */
async function cohort() {
  const db = await getDb()
  const health = await makeDepartment()
  const a = await makePlacedFellow({ departmentId: health.id, fellowName: 'Ayesha Khan' })
  const cycleId = a.cycleId
  const b = await makePlacedFellow({ cycleId, projectId: a.project.id, fellowName: 'Bilal Afridi' })
  const transport = await makeDepartment()
  const c = await makePlacedFellow({ cycleId, departmentId: transport.id, fellowName: 'Zainab Yousafzai' })
  const gone = await makePlacedFellow({ cycleId, departmentId: transport.id })
  await db.fellowship.update({ where: { id: gone.fellowship.id }, data: { status: 'WITHDRAWN' } })
  await joinCycle(cycleId, health.id)
  await joinCycle(cycleId, transport.id)
  const partner = await makeUser('PARTNER', { departmentId: health.id, name: 'Dr Sana (focal person)' })
  // A contact without an account, and one whose address is the partner account's (listed once).
  await db.partnerContact.create({ data: { departmentId: health.id, name: 'Deputy Secretary', email: 'ds-health@kp.gov.pk' } })
  await db.partnerContact.create({ data: { departmentId: health.id, name: 'Dr Sana', email: partner.email.toUpperCase() } })
  const submitted = await makeApplication(cycleId, { stage: 'INTERVIEW' })
  const draft = await makeApplication(cycleId, { stage: 'DRAFT' })
  const reviewer = await makeUser('REVIEWER')
  await makeReview(submitted.app.id, reviewer.id)
  // Someone in another cycle of another programme: never in this cycle's audiences.
  const elsewhere = await makePlacedFellow({ departmentId: health.id })
  return { health, transport, a, b, c, gone, cycleId, partner, submitted, draft, reviewer, elsewhere }
}

const input = (cycleId: string, over: Partial<SendAnnouncementInput>, to: string[]): SendAnnouncementInput =>
  sendAnnouncementSchema.parse({ cycleId, audience: 'FELLOWS', ...message, ...over, to })

describe('announcements', () => {
  it('resolves each audience of a cycle: active fellows by department or project, partner accounts and contacts once, applicants by stage, reviewers', async () => {
    const w = await cohort()
    const staff = await makeViewer('STAFF')
    const emails = async (over: object) =>
      (await previewAudience(staff, { cycleId: w.cycleId, audience: 'FELLOWS', ...over })).map((r) => r.email)
    expect(await emails({})).toEqual([w.a.user.email, w.b.user.email, w.c.user.email])
    expect(await emails({ departmentId: w.transport.id })).toEqual([w.c.user.email])
    expect(await emails({ projectId: w.a.project.id })).toEqual([w.a.user.email, w.b.user.email])
    const partners = await previewAudience(staff, { cycleId: w.cycleId, audience: 'PARTNERS', departmentId: w.health.id })
    expect(partners.map((p) => [p.name, p.userId !== null])).toEqual([
      ['Deputy Secretary', false],
      ['Dr Sana (focal person)', true],
    ])
    expect(await emails({ audience: 'APPLICANTS' })).toEqual([w.submitted.applicant.email])
    expect(await emails({ audience: 'APPLICANTS', stage: 'DRAFT' })).toEqual([w.draft.applicant.email])
    expect(await emails({ audience: 'REVIEWERS' })).toEqual([w.reviewer.email])
    // A department that is not in the cycle is refused beside its field.
    const other = await makeDepartment()
    await expect(previewAudience(staff, { cycleId: w.cycleId, audience: 'FELLOWS', departmentId: other.id })).rejects.toMatchObject({
      fieldErrors: { departmentId: 'errors.notFound' },
    })
  })

  it('sends to exactly the people listed who are still in the audience, by email and inbox, and audits it', async () => {
    const w = await cohort()
    const staff = await makeViewer('STAFF', { name: 'Programme Manager' })
    const db = await getDb()
    // The form lists two fellows and, crafted, someone outside the audience: the outsider gets nothing.
    const sent = await sendAnnouncement(staff, input(w.cycleId, {}, [w.a.user.email, w.c.user.email.toUpperCase(), w.elsewhere.user.email]))
    expect(sent.count).toBe(2)
    await settleAfterResponse()
    const mails = await db.notification.findMany({
      where: { kind: 'announcement', toEmail: { in: [w.a.user.email, w.c.user.email, w.elsewhere.user.email, w.b.user.email] } },
    })
    expect(mails.map((n) => n.toEmail).sort()).toEqual([w.a.user.email, w.c.user.email].sort())
    expect(mails.every((n) => n.status === 'SENT')).toBe(true)
    const mail = mails.find((n) => n.toEmail === w.a.user.email)!
    expect(mail.subject).toBe('Bootcamp on Monday / پیر کو بوٹ کیمپ')
    expect(mail.body).toContain('Hello Ayesha Khan')
    expect(mail.body).toContain('براہ کرم 9 بجے تک')
    expect(mail.body).toMatch(/\/account\/inbox\/[0-9a-f-]{36}\/open/)
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: sent.id } })
    expect(audit).toMatchObject({ action: 'announcement.send', actorId: staff.userId })

    const detail = await getAnnouncement(staff, sent.id)
    expect(detail.recipients.map((r) => [r.name, r.state])).toEqual([
      ['Ayesha Khan', 'SENT'],
      ['Zainab Yousafzai', 'SENT'],
    ])
    expect((await listAnnouncements(staff, w.cycleId))[0]).toMatchObject({ id: sent.id, recipientCount: 2, delivery: { SENT: 2, READ: 0 } })

    // Nobody listed is in the audience: refused, nothing written.
    const before = await db.announcement.count()
    await expect(sendAnnouncement(staff, input(w.cycleId, {}, [w.elsewhere.user.email]))).rejects.toMatchObject({
      messageKey: 'announcements.errors.noRecipients',
    })
    expect(await db.announcement.count()).toBe(before)
  })

  it('puts the message in each recipient’s inbox only, and read receipts reach staff', async () => {
    const w = await cohort()
    const staff = await makeViewer('STAFF')
    const sent = await sendAnnouncement(staff, input(w.cycleId, {}, [w.a.user.email, w.b.user.email]))
    await settleAfterResponse()
    const ayesha = w.a.fellow
    expect(await unreadCount(ayesha)).toBe(1)
    const inbox = await listInbox(ayesha)
    expect(inbox.rows.map((r) => r.announcement.subject)).toEqual(['Bootcamp on Monday'])
    const mine = inbox.rows[0].id
    // Another fellow cannot open or mark Ayesha's message: not found.
    await expect(getInboxMessage(w.b.fellow, mine)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(markMessageRead(w.b.fellow, mine)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getInboxMessage(w.c.fellow, mine)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listInbox(w.c.fellow)).total).toBe(0)
    // Opening marks it read once; staff see "read".
    expect((await getInboxMessage(ayesha, mine)).announcement.bodyUr).toBe(message.bodyUr)
    await markMessageRead(ayesha, mine)
    const firstRead = (await (await getDb()).announcementRecipient.findUniqueOrThrow({ where: { id: mine } })).readAt
    await markMessageRead(ayesha, mine)
    expect((await (await getDb()).announcementRecipient.findUniqueOrThrow({ where: { id: mine } })).readAt).toEqual(firstRead)
    expect(await unreadCount(ayesha)).toBe(0)
    const detail = await getAnnouncement(staff, sent.id, { state: 'READ' })
    expect(detail.recipients.map((r) => r.name)).toEqual(['Ayesha Khan'])
    expect(detail.delivery).toMatchObject({ READ: 1, SENT: 1 })
    // Mark all read.
    expect(await unreadCount(w.b.fellow)).toBe(1)
    expect(await markAllRead(w.b.fellow)).toBe(1)
    expect(await unreadCount(w.b.fellow)).toBe(0)
  })

  it('lets only staff send or see delivery; others are refused and nothing is written', async () => {
    const w = await cohort()
    const db = await getDb()
    const before = await db.announcement.count()
    for (const v of [w.a.fellow, viewerOf(w.partner), viewerOf(w.reviewer), w.submitted.viewer]) {
      await expect(sendAnnouncement(v, input(w.cycleId, {}, [w.a.user.email]))).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(previewAudience(v, { cycleId: w.cycleId, audience: 'FELLOWS' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(listAnnouncements(v, w.cycleId)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    expect(await db.announcement.count()).toBe(before)
  })

  it('emails a partner contact without an account (no inbox row to open) beside the partner accounts', async () => {
    const w = await cohort()
    const staff = await makeViewer('STAFF')
    const sent = await sendAnnouncement(
      staff,
      input(w.cycleId, { audience: 'PARTNERS', departmentId: w.health.id }, ['ds-health@kp.gov.pk', w.partner.email]),
    )
    await settleAfterResponse()
    const rows = (await getAnnouncement(staff, sent.id)).recipients
    expect(rows.map((r) => [r.name, r.hasAccount, r.state])).toEqual([
      ['Deputy Secretary', false, 'SENT'],
      ['Dr Sana (focal person)', true, 'SENT'],
    ])
    const mail = await (await getDb()).notification.findFirstOrThrow({ where: { toEmail: 'ds-health@kp.gov.pk', kind: 'announcement' } })
    expect(mail.userId).toBeNull()
    expect(mail.body).not.toContain('/account/inbox/')
    expect((await listInbox(viewerOf(w.partner))).total).toBe(1)
  })

  it('reaches the programme’s alumni across its cycles', async () => {
    const db = await getDb()
    const w = await cohort()
    const cycle = await db.cycle.findUniqueOrThrow({ where: { id: w.cycleId } })
    const earlier = await makeCycle({ programmeId: cycle.programmeId, number: cycle.number + 1, status: 'COMPLETED' })
    const alum = await makeUser('FELLOW', { name: 'Alum of cycle 1' })
    await db.fellowship.create({ data: { userId: alum.id, cycleId: earlier.id, status: 'COMPLETED' } })
    const staff = await makeViewer('STAFF')
    const alumni = await previewAudience(staff, { cycleId: w.cycleId, audience: 'ALUMNI' })
    expect(alumni.map((r) => r.name)).toEqual(['Alum of cycle 1'])
  })
})
