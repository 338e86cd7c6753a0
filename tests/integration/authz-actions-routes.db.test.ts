// The authorization matrix at the edge (see authz-actions.db.test.ts), for route handlers:
// every handler of every route file under app/, called as Next would call it by an anonymous
// visitor and by every role, asking for other people's files, exports and drafts. Each
// handler's case below says who may read what; none answers a 500.
import { describe, expect, it, vi } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb } from '../../lib/server/db'
import { makeFellowIn } from '../support/factories-placement'
import { rowCounts } from '../support/hostile'
import { OPEN_DATASETS } from '../../lib/public/open-data'
import { NOT_STAFF, ROLES, attackers, owners, setUpAuthzWorld, victim, viewers } from '../support/authz-world'
import { handlers, hit } from '../support/route-hits'
import { createCalendarFeed, revokeCalendarFeed } from '../../lib/events/mutations/calendar-feed'

// ------------------------------------------------------------------------------------------
// Next outside Next: the request-bound modules answer from tests/support/next-request.ts.

// Next's request scope needs AsyncLocalStorage on globalThis before its modules load.
await vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import('node:async_hooks')).AsyncLocalStorage
})

vi.mock('../../lib/request/viewer', async () => (await import('../support/next-request')).viewerModule())
vi.mock('../../lib/i18n/server', async () => (await import('../support/next-request')).i18nModule())
vi.mock('next/cache', async () => (await import('../support/next-request')).cacheModule())
vi.mock('next/headers', async () => (await import('../support/next-request')).headersModule())
vi.mock('../../lib/request/action', async (importOriginal) =>
  (await import('../support/next-request')).actionModule(await importOriginal<typeof import('../../lib/request/action')>()),
)

setUpAuthzWorld()

// ------------------------------------------------------------------------------------------

const FILES = 'app/files/[id]/route.ts#GET'
const REVIEW_EXPORT = 'app/(app)/review/export/[cycleId]/route.ts#GET'
const STAFF_EXPORT = 'app/(app)/staff/cycles/[id]/recruitment/export/route.ts#GET'
const DOWNLOAD = 'app/(app)/staff/insight/data/[dataset]/download/route.ts#POST'
const YEAR_MD = 'app/(app)/staff/insight/year-review/[year]/markdown/route.ts#GET'
const OPEN_DATA = 'app/(public)/open-data/[file]/route.ts#GET'
const REPORT_MD = 'app/(public)/reports/[year]/markdown/route.ts#GET'
const INBOX_OPEN = 'app/(app)/account/inbox/[id]/open/route.ts#GET'
const AUTH_GET = 'app/api/auth/[...nextauth]/route.ts#GET'
const AUTH_POST = 'app/api/auth/[...nextauth]/route.ts#POST'
const FELLOW_ICS = 'app/(app)/fellow/events/[eventId]/ics/route.ts#GET'
const PARTNER_ICS = 'app/(app)/partner/events/[eventId]/ics/route.ts#GET'
const INTERVIEW_ICS = 'app/(app)/apply/applications/[id]/ics/route.ts#GET'
const CALENDAR_FEED = 'app/calendar/[token]/route.ts#GET'
const PAYMENT_EXPORT = 'app/(app)/staff/cycles/[id]/stipends/[batchId]/export/route.ts#GET'
const STAFF_LETTER = 'app/(app)/staff/cycles/[id]/recruitment/applications/[appId]/letters/[refereeId]/route.ts#GET'
const REVIEW_LETTER = 'app/(app)/review/[reviewId]/letters/[refereeId]/route.ts#GET'

const everyEmail = async () => (await (await getDb()).user.findMany({ select: { email: true } })).map((u) => u.email)

/** What each handler does for each caller, read from its code. A new handler needs a case. */
const ROUTE_CASES: Record<string, () => Promise<void>> = {
  [FILES]: async () => {
    const v = victim
    for (const file of [v.cv, v.report]) {
      expect((await hit(FILES, null, { id: file.id })).status, 'anonymous').toBe(401)
      for (const role of NOT_STAFF) {
        const r = await hit(FILES, viewers[role], { id: file.id })
        expect(r.status, `${role}, another person’s file`).toBe(404)
        expect(r.body).not.toContain('private')
      }
      for (const role of ['STAFF', 'ADMIN'] as const) expect((await hit(FILES, viewers[role], { id: file.id })).status, role).toBe(200)
    }
    // The victims' own circle: the applicant and the assigned reviewer read the CV, the
    // fellow and their department's partner the report; nobody else in it crosses over.
    expect((await hit(FILES, owners.applicant, { id: v.cv.id })).body).toContain('private')
    expect((await hit(FILES, owners.reviewer, { id: v.cv.id })).status).toBe(200)
    expect((await hit(FILES, owners.fellow, { id: v.report.id })).status).toBe(200)
    expect((await hit(FILES, owners.partner, { id: v.report.id })).status).toBe(200)
    expect((await hit(FILES, owners.partner, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.fellow, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.offerHolder, { id: v.cv.id })).status).toBe(404)
    expect((await hit(FILES, owners.reviewer, { id: v.report.id })).status).toBe(404)
    for (const id of [randomUUID(), 'not-a-uuid', '../../etc/passwd'])
      expect((await hit(FILES, viewers.STAFF, { id })).status, id).toBe(404)
    // Fellows matched to the project but not (or no longer) placed there see none of its
    // deliverables, so none of their files either: a proposal not yet published, a placement
    // ended or transferred away.
    const db = await getDb()
    for (const status of ['PROPOSED', 'ENDED', 'TRANSFERRED'] as const) {
      const other = await makeFellowIn(v.placed.cycleId)
      await db.placement.create({
        data: {
          fellowshipId: other.fellowship.id,
          projectId: v.placed.project.id,
          status,
          publishedAt: status === 'PROPOSED' ? null : new Date(),
        },
      })
      expect((await hit(FILES, other.viewer, { id: v.report.id })).status, `a fellow whose placement on the project is ${status}`).toBe(404)
    }
    const colleague = await makeFellowIn(v.placed.cycleId)
    await db.placement.create({
      data: { fellowshipId: colleague.fellowship.id, projectId: v.placed.project.id, status: 'ACTIVE', publishedAt: new Date() },
    })
    expect((await hit(FILES, colleague.viewer, { id: v.report.id })).status, 'a fellow placed on the same project').toBe(200)
  },

  [INBOX_OPEN]: async () => {
    // A message to the victims' fellow: only they open it (and so mark it read).
    const db = await getDb()
    const a = await db.announcement.create({
      data: {
        cycleId: victim.placed.cycleId,
        audience: 'FELLOWS',
        subject: 'Private notice',
        subjectUr: 'نجی اطلاع',
        body: 'For the fellow only',
        bodyUr: 'صرف فیلو کے لیے',
        sentById: viewers.STAFF.userId,
        recipientCount: 1,
      },
    })
    const row = await db.announcementRecipient.create({
      data: { announcementId: a.id, userId: owners.fellow.userId, name: owners.fellow.name, email: owners.fellow.email },
    })
    const anon = await hit(INBOX_OPEN, null, { id: row.id })
    expect(anon.status, 'anonymous').toBe(303)
    expect(anon.headers.get('location')).toBe('/sign-in')
    for (const role of ROLES) {
      const r = await hit(INBOX_OPEN, viewers[role], { id: row.id })
      expect(r.status, role).toBe(404)
      expect(r.body).not.toContain('For the fellow only')
    }
    for (const id of ['not-a-uuid', randomUUID()]) expect((await hit(INBOX_OPEN, owners.fellow, { id })).status, id).toBe(404)
    expect((await db.announcementRecipient.findUniqueOrThrow({ where: { id: row.id } })).readAt, 'nobody else marked it read').toBeNull()
    const own = await hit(INBOX_OPEN, owners.fellow, { id: row.id })
    expect(own.status).toBe(303)
    expect(own.headers.get('location')).toBe(`/account/inbox/${row.id}`)
    expect((await db.announcementRecipient.findUniqueOrThrow({ where: { id: row.id } })).readAt).not.toBeNull()
  },

  [REVIEW_EXPORT]: async () => {
    const v = victim
    expect((await hit(REVIEW_EXPORT, null, { cycleId: v.recruit.id })).status, 'anonymous').toBe(401)
    // Nobody without an assignment in the cycle learns anything of it, staff included (this
    // export is narrowed to the caller's own assignments).
    for (const role of ROLES) {
      const r = await hit(REVIEW_EXPORT, viewers[role], { cycleId: v.recruit.id })
      expect(r.status, role).toBe(404)
      expect(r.body).not.toContain(v.a1.applicant.email)
    }
    for (const cycleId of ['not-a-uuid', randomUUID(), v.placed.cycleId])
      expect((await hit(REVIEW_EXPORT, owners.reviewer, { cycleId })).status, cycleId).toBe(404)
    const theirs = await hit(REVIEW_EXPORT, viewers.REVIEWER, { cycleId: attackers.otherCycleId })
    expect(theirs.status).toBe(200)
    for (const email of [victim.a1.applicant.email, victim.a2.applicant.email, victim.a3.applicant.email])
      expect(theirs.body).not.toContain(email)
    // A reviewer exports their own assignments, and only those.
    const own = await hit(REVIEW_EXPORT, owners.reviewer, { cycleId: v.recruit.id })
    expect(own.status).toBe(200)
    expect(own.body).toContain(v.a1.applicant.email)
    expect(own.body).not.toContain(v.a2.applicant.email)
  },

  [STAFF_EXPORT]: async () => {
    const v = victim
    for (const viewer of [null, ...NOT_STAFF.map((r) => viewers[r]), owners.reviewer]) {
      const r = await hit(STAFF_EXPORT, viewer, { id: v.recruit.id })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain(v.a1.applicant.email)
    }
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const r = await hit(STAFF_EXPORT, viewers[role], { id: v.recruit.id })
      expect(r.status, role).toBe(200)
      expect(r.body).toContain(v.a2.applicant.email)
    }
    for (const id of ['not-a-uuid', randomUUID()]) expect((await hit(STAFF_EXPORT, viewers.STAFF, { id })).status, id).toBe(404)
  },

  [PAYMENT_EXPORT]: async () => {
    // Full IBANs: staff who prepare payments only, an approved batch only, and each download audited.
    const v = victim
    const approved = { id: v.placed.cycleId, batchId: v.batchApproved.id }
    const iban = v.batchApproved.lines[0]!.iban!
    for (const viewer of [null, ...NOT_STAFF.map((r) => viewers[r]), owners.fellow]) {
      const r = await hit(PAYMENT_EXPORT, viewer, approved)
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain(iban)
    }
    const db = await getDb()
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const r = await hit(PAYMENT_EXPORT, viewers[role], approved)
      expect(r.status, role).toBe(200)
      expect(r.body).toContain(iban)
      expect(r.body).toContain('25000.00')
      expect(
        await db.auditLog.count({ where: { action: 'payment-batch.export', entityId: v.batchApproved.id, actorId: viewers[role].userId } }),
      ).toBe(1)
    }
    // A batch awaiting approval is not sent to the bank.
    expect((await hit(PAYMENT_EXPORT, viewers.STAFF, { id: v.placed.cycleId, batchId: v.batchPrepared.id })).status).toBe(409)
    for (const batchId of ['not-a-uuid', randomUUID()])
      expect((await hit(PAYMENT_EXPORT, viewers.STAFF, { id: v.placed.cycleId, batchId })).status, batchId).toBe(404)
  },

  [STAFF_LETTER]: async () => {
    // A referee's uploaded letter: staff only, through the application's own address, audited;
    // never the applicant, whose letter it is about, nor anyone else.
    const v = victim
    const letter = v.referees[2]
    const at = { id: v.recruit.id, appId: v.a1.app.id, refereeId: letter.id }
    expect((await hit(STAFF_LETTER, null, at)).status, 'anonymous').toBe(401)
    for (const viewer of [...NOT_STAFF.map((r) => viewers[r]), owners.applicant, owners.reviewer]) {
      const r = await hit(STAFF_LETTER, viewer, at)
      expect(r.status, viewer.role).toBe(404)
      expect(r.body).not.toContain('private letter')
    }
    const db = await getDb()
    for (const role of ['STAFF', 'ADMIN'] as const) {
      const r = await hit(STAFF_LETTER, viewers[role], at)
      expect(r.status, role).toBe(200)
      expect(r.body).toContain('private letter')
      expect(await db.auditLog.count({ where: { action: 'referee.view', entityId: letter.id, actorId: viewers[role].userId } })).toBe(1)
    }
    // Another cycle's or application's address, a letter not yet written, junk: not found.
    for (const wrong of [
      { ...at, id: v.placed.cycleId },
      { ...at, appId: v.a3.app.id },
      { ...at, refereeId: v.referees[0].id },
      { ...at, refereeId: 'not-a-uuid' },
      { ...at, refereeId: randomUUID() },
    ])
      expect((await hit(STAFF_LETTER, viewers.STAFF, wrong)).status, JSON.stringify(wrong)).toBe(404)
  },

  [REVIEW_LETTER]: async () => {
    // The assigned reviewer of a cycle not reviewed blind reads the letter; nobody else does.
    const v = victim
    const letter = v.referees[2]
    const at = { reviewId: v.review.id, refereeId: letter.id }
    expect((await hit(REVIEW_LETTER, null, at)).status, 'anonymous').toBe(401)
    for (const viewer of [...ROLES.map((r) => viewers[r]), owners.applicant]) {
      const r = await hit(REVIEW_LETTER, viewer, at)
      expect(r.status, viewer.role).toBe(404)
      expect(r.body).not.toContain('private letter')
    }
    const own = await hit(REVIEW_LETTER, owners.reviewer, at)
    expect(own.status).toBe(200)
    expect(own.body).toContain('private letter')
    // The same reviewer's other review (another application) does not reach this letter.
    expect((await hit(REVIEW_LETTER, owners.reviewer, { ...at, reviewId: v.review2.id })).status).toBe(404)
    expect((await hit(REVIEW_LETTER, owners.reviewer, { ...at, refereeId: 'x' })).status).toBe(404)
  },

  [DOWNLOAD]: async () => {
    const form = () => ({
      body: new URLSearchParams({ ack: 'on', cycle: victim.recruit.id }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    for (const dataset of ['applications', 'fellows']) {
      const counts = await rowCounts()
      expect((await hit(DOWNLOAD, null, { dataset }, form())).status, 'anonymous').toBe(401)
      for (const role of NOT_STAFF) {
        const r = await hit(DOWNLOAD, viewers[role], { dataset }, form())
        expect(r.status, role).toBe(404)
        expect(r.body).not.toContain('@')
      }
      // A form posted from another site never starts an export, whoever is signed in.
      expect(
        (await hit(DOWNLOAD, viewers.STAFF, { dataset }, { ...form(), headers: { ...form().headers, origin: 'https://evil.example' } }))
          .status,
      ).toBe(403)
      expect(await rowCounts(), 'a refused export wrote its audit row').toEqual(counts)
      expect((await hit(DOWNLOAD, viewers.STAFF, { dataset }, form())).status, 'staff').toBe(200)
    }
    expect((await hit(DOWNLOAD, viewers.STAFF, { dataset: 'users' }, form())).status).toBe(404)
  },

  [YEAR_MD]: async () => {
    for (const viewer of [null, ...NOT_STAFF.map((r) => viewers[r])]) {
      const r = await hit(YEAR_MD, viewer, { year: '2025' })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain('Not yet public')
    }
    const staff = await hit(YEAR_MD, viewers.STAFF, { year: '2025' })
    expect(staff.status).toBe(200)
    expect(staff.body).toContain('Not yet public')
    for (const year of ['1999', '20x5', '../../x']) expect((await hit(YEAR_MD, viewers.STAFF, { year })).status, year).toBe(404)
  },

  [OPEN_DATA]: async () => {
    const emails = await everyEmail()
    for (const name of OPEN_DATASETS) {
      for (const ext of ['csv', 'json']) {
        for (const viewer of [null, viewers.FELLOW]) {
          const r = await hit(OPEN_DATA, viewer, { file: `${name}.${ext}` })
          expect(r.status, `${name}.${ext}`).toBe(200)
          for (const email of emails) expect(r.body, `${name}.${ext} leaks ${email}`).not.toContain(email)
        }
      }
    }
    for (const file of ['users.csv', 'applications.csv', '../secrets.json', 'x'])
      expect((await hit(OPEN_DATA, null, { file })).status, file).toBe(404)
  },

  [REPORT_MD]: async () => {
    // A draft is nobody's to read here, staff included: this is the public copy.
    for (const viewer of [null, ...ROLES.map((r) => viewers[r])]) {
      const r = await hit(REPORT_MD, viewer, { year: '2025' })
      expect(r.status, viewer?.role ?? 'anonymous').toBe(404)
      expect(r.body).not.toContain('Not yet public')
    }
    await (
      await getDb()
    ).yearReview.create({
      data: {
        year: 2024,
        title: 'Published year',
        status: 'PUBLISHED',
        publishedAt: new Date(),
        narrative: { intro: { en: 'Public now' } },
      },
    })
    const published = await hit(REPORT_MD, null, { year: '2024' })
    expect(published.status).toBe(200)
    expect(published.body).toContain('Public now')
  },

  [FELLOW_ICS]: async () => {
    // A session's .ics is for the fellows it invites: the placed fellow's department's session,
    // not the fellow of another department in the same cycle, nor any other role.
    const eventId = victim.eventUpcoming.id
    expect((await hit(FELLOW_ICS, null, { eventId })).status, 'anonymous').toBe(401)
    for (const role of ROLES) {
      const r = await hit(FELLOW_ICS, viewers[role], { eventId })
      expect(r.status, role).toBe(404)
      expect(r.body).not.toContain('BEGIN:VCALENDAR')
    }
    const own = await hit(FELLOW_ICS, owners.fellow, { eventId })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(own.body).toContain(`UID:event-${eventId}@`)
    expect((await hit(FELLOW_ICS, owners.partner, { eventId })).status, 'a partner, on the fellows’ route').toBe(404)
    for (const id of ['not-a-uuid', randomUUID()]) expect((await hit(FELLOW_ICS, owners.fellow, { eventId: id })).status, id).toBe(404)
  },

  [PARTNER_ICS]: async () => {
    const eventId = victim.eventUpcoming.id
    expect((await hit(PARTNER_ICS, null, { eventId })).status, 'anonymous').toBe(401)
    // The attacking partner's department is not invited.
    for (const role of ROLES) expect((await hit(PARTNER_ICS, viewers[role], { eventId })).status, role).toBe(404)
    const own = await hit(PARTNER_ICS, owners.partner, { eventId })
    expect(own.status).toBe(200)
    expect(own.body).toContain(`UID:event-${eventId}@`)
    expect((await hit(PARTNER_ICS, owners.fellow, { eventId })).status, 'a fellow, on the partners’ route').toBe(404)
  },

  [INTERVIEW_ICS]: async () => {
    // An applicant's booked interview, for that applicant only: every other role and the
    // victims' other applicants find nothing.
    const id = victim.a4.app.id
    expect((await hit(INTERVIEW_ICS, null, { id })).status, 'anonymous').toBe(401)
    for (const role of ROLES) {
      const r = await hit(INTERVIEW_ICS, viewers[role], { id })
      expect(r.status, role).toBe(404)
      expect(r.body).not.toContain('BEGIN:VCALENDAR')
    }
    for (const owner of [owners.applicant, owners.offerHolder, owners.reviewer])
      expect((await hit(INTERVIEW_ICS, owner, { id })).status, owner.name).toBe(404)
    const own = await hit(INTERVIEW_ICS, owners.interviewee, { id })
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(own.body).toContain('URL:https://meet.example.pk/victim')
    // An interview staff scheduled is the applicant's to add to a calendar too.
    expect((await hit(INTERVIEW_ICS, owners.applicant, { id: victim.a1.app.id })).body).toContain(`interview-${victim.interview.id}@`)
    for (const bad of ['not-a-uuid', randomUUID()])
      expect((await hit(INTERVIEW_ICS, owners.interviewee, { id: bad })).status, bad).toBe(404)
  },

  [CALENDAR_FEED]: async () => {
    // No session counts here, only the token: made-up ones and a revoked one find nothing.
    for (const token of ['x'.repeat(43), 'not a token', '../../etc/passwd', `${'a'.repeat(43)}.ics`])
      for (const viewer of [null, viewers.STAFF]) expect((await hit(CALENDAR_FEED, viewer, { token })).status, token).toBe(404)
    const token = await createCalendarFeed(owners.fellow)
    const feed = await hit(CALENDAR_FEED, null, { token: `${token}.ics` })
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.body).toContain(`UID:event-${victim.eventUpcoming.id}@`)
    await revokeCalendarFeed(owners.fellow)
    expect((await hit(CALENDAR_FEED, null, { token: `${token}.ics` })).status, 'revoked').toBe(404)
  },

  [AUTH_GET]: async () => {
    // next-auth logs the forged cookies it rejects.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Sessions come from next-auth's own signed cookie, never from anything a caller makes up.
    for (const cookie of [
      undefined,
      'next-auth.session-token=forged',
      `next-auth.session-token=${Buffer.from(JSON.stringify({ id: victim.placed.user.id })).toString('base64url')}`,
    ]) {
      const r = await hit(AUTH_GET, null, { nextauth: ['session'] }, { path: '/api/auth/session', headers: cookie ? { cookie } : {} })
      expect(r.status).toBe(200)
      expect(JSON.parse(r.body), cookie).toEqual({})
    }
    const providers = await hit(AUTH_GET, null, { nextauth: ['providers'] }, { path: '/api/auth/providers' })
    expect(providers.status).toBe(200)
    expect(providers.body).not.toContain('@')
    vi.restoreAllMocks()
  },

  [AUTH_POST]: async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Signing in as someone else with a wrong password or a made-up link token: no session.
    const csrf = await hit(AUTH_GET, null, { nextauth: ['csrf'] }, { path: '/api/auth/csrf' })
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
    const cookie = (csrf.headers.get('set-cookie') ?? '').split(';')[0]
    const attempts: [string, Record<string, string>][] = [
      ['password', { email: victim.placed.user.email, password: 'guessed-password-1' }],
      ['link', { token: 'x'.repeat(43) }],
    ]
    for (const [provider, fields] of attempts) {
      const body = new URLSearchParams({ ...fields, csrfToken, json: 'true' })
      const r = await hit(
        AUTH_POST,
        null,
        { nextauth: ['callback', provider] },
        { path: `/api/auth/callback/${provider}`, body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } },
      )
      expect(r.status, provider).toBeLessThan(500)
      expect(r.headers.get('set-cookie') ?? '', provider).not.toContain('session-token')
      expect(r.body, provider).toContain('error')
    }
    vi.restoreAllMocks()
  },
}

describe('route handlers', () => {
  it('every handler of every route file has its case here', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.keys(ROUTE_CASES).sort())
  })
  for (const [key, run] of Object.entries(ROUTE_CASES)) it(key, run)
})
