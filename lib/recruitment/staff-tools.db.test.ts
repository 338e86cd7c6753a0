// Staff-only notes and tags (never reachable by a reviewer's page or export, filterable on the
// board) and one applicant's own deadline (honoured for that person only, refused after it).
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeUser, makeViewer, viewerOf } from '../../tests/support/factories'
import {
  goodAnswers,
  lastMailTo,
  makeApplication,
  makeOpenCall,
  makeReview,
  useMemoryStorage,
} from '../../tests/support/factories-recruitment'
import { dictionaries } from '../i18n/messages'
import { toKarachiLocal } from '../i18n/format'
import { AppError } from '../server/errors'
import { addNote, addTag, removeTag } from './mutations/staff-notes'
import { grantExtension, revokeExtension } from './mutations/deadline-extension'
import { saveApplication } from './mutations/save-application'
import { getStaffTools, listCycleTags, listExtensions, listMyExtensions } from './queries/staff-tools'
import { listPipeline, readPipelineFilters } from './queries/pipeline'
import { getReviewForReviewer, listMyReviews } from './queries/reviews'
import { exportApplicationsCsv } from './queries/export'
import { getApplicationForm, listMyApplications } from './queries/applicant'
import { applicantDeadline } from './deadline'
import { addNoteSchema, grantExtensionSchema, normaliseTag, tagSchema } from './schema/staff-tools'

const day = 86_400_000
const i18n = { m: dictionaries.en, locale: 'en' as const }

beforeAll(() => {
  useMemoryStorage()
})

async function refusal(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('tags', () => {
  it('are tidied into one form and compared as such', () => {
    expect(normaliseTag('  Strong Coder ')).toBe('strong-coder')
    expect(normaliseTag('follow_up')).toBe('follow-up')
    expect(normaliseTag('WOMEN-in-Tech')).toBe('women-in-tech')
    expect(normaliseTag('خواتین')).toBe('خواتین')
    expect(normaliseTag('<script>')).toBeNull()
    expect(normaliseTag('x'.repeat(41))).toBeNull()
    expect(tagSchema.safeParse({ applicationId: crypto.randomUUID(), tag: '   ' }).success).toBe(false)
    expect(addNoteSchema.safeParse({ applicationId: crypto.randomUUID(), body: 'x'.repeat(4001) }).success).toBe(false)
  })
})

describe('notes and tags', () => {
  it('staff write them; the board filters by tag; reviewers never see either, blind or not', async () => {
    for (const blindReview of [true, false]) {
      const { cycle } = await makeOpenCall({ blindReview })
      const staff = await makeViewer('STAFF')
      const reviewer = await makeUser('REVIEWER')
      const a = await makeApplication(cycle.id, { stage: 'REVIEW' })
      const b = await makeApplication(cycle.id, { stage: 'REVIEW' })
      const c = await makeApplication(cycle.id, { stage: 'SUBMITTED' })
      const review = await makeReview(a.app.id, reviewer.id)
      await addNote(staff, { applicationId: a.app.id, body: 'SECRET-NOTE: knows the Excise team already' })
      await addNote(staff, { applicationId: a.app.id, body: 'Second thought' })
      await addTag(staff, { applicationId: a.app.id, tag: 'strong-coder' })
      await addTag(staff, { applicationId: a.app.id, tag: 'strong-coder' })
      await addTag(staff, { applicationId: a.app.id, tag: 'follow-up' })
      await addTag(staff, { applicationId: b.app.id, tag: 'strong-coder' })
      await addTag(staff, { applicationId: c.app.id, tag: 'women-in-tech' })

      const tools = await getStaffTools(staff, a.app.id)
      expect(tools.notes.map((n) => n.body)).toEqual(['Second thought', 'SECRET-NOTE: knows the Excise team already'])
      expect(tools.tags).toEqual(['strong-coder', 'follow-up'])
      expect(tools.suggestions).toEqual(['women-in-tech'])
      expect(await listCycleTags(staff, cycle.id)).toEqual([
        { tag: 'follow-up', count: 1 },
        { tag: 'strong-coder', count: 2 },
        { tag: 'women-in-tech', count: 1 },
      ])

      // The board: the tag filter (read from the URL as typed), alone and with a stage.
      const byTag = await listPipeline(staff, cycle.id, readPipelineFilters({ tag: 'Strong Coder' }))
      expect(byTag.total).toBe(2)
      expect(byTag.rows.map((r) => r.id).sort()).toEqual([a.app.id, b.app.id].sort())
      expect((await listPipeline(staff, cycle.id, readPipelineFilters({ tag: 'strong-coder', stage: 'SUBMITTED' }))).total).toBe(0)
      expect((await listPipeline(staff, cycle.id, readPipelineFilters({ tag: 'women-in-tech' }))).total).toBe(1)
      expect((await listPipeline(staff, cycle.id, readPipelineFilters({ tag: 'no-such-tag' }))).total).toBe(0)

      // Removing one leaves the rest.
      await removeTag(staff, { applicationId: a.app.id, tag: 'follow-up' })
      expect((await getStaffTools(staff, a.app.id)).tags).toEqual(['strong-coder'])

      // Reviewers: not their page, their list or their export; and not the staff functions.
      const rv = viewerOf(reviewer)
      const seen = JSON.stringify([await getReviewForReviewer(rv, review.id), await listMyReviews(rv)])
      const csv = (await exportApplicationsCsv(rv, cycle.id, i18n)).chunks.join('')
      for (const text of [seen, csv]) {
        expect(text).not.toContain('SECRET-NOTE')
        expect(text).not.toContain('strong-coder')
        expect(text).not.toContain('staffTags')
      }
      for (const call of [
        getStaffTools(rv, a.app.id),
        listCycleTags(rv, cycle.id),
        addNote(rv, { applicationId: a.app.id, body: 'x' }),
        addTag(rv, { applicationId: a.app.id, tag: 'x' }),
      ])
        expect((await refusal(call)).code).toBe('FORBIDDEN')
      // Staff's own export carries the tags (never the notes).
      const staffCsv = (await exportApplicationsCsv(staff, cycle.id, i18n)).chunks.join('')
      expect(staffCsv.split('\r\n')[0]).toContain(',Tags')
      expect(staffCsv).toContain('strong-coder')
      expect(staffCsv).not.toContain('SECRET-NOTE')
      // Nor the applicant's own view.
      const own = JSON.stringify(await listMyApplications(a.viewer))
      expect(own).not.toContain('SECRET-NOTE')
      expect(own).not.toContain('strong-coder')
    }
  })

  it('refuses a twenty-first tag beside the field, and another cycle’s archived application is not found', async () => {
    const { cycle } = await makeOpenCall()
    const staff = await makeViewer('STAFF')
    const a = await makeApplication(cycle.id)
    const bad = await refusal(addTag(staff, { applicationId: a.app.id, tag: 'not a tag!' }))
    expect(bad.code).toBe('INVALID')
    expect(bad.fieldErrors).toEqual({ tag: 'staffTools.errors.badTag' })
    await addTag(staff, { applicationId: a.app.id, tag: '  Strong Coder ' })
    expect((await getStaffTools(staff, a.app.id)).tags).toEqual(['strong-coder'])
    await removeTag(staff, { applicationId: a.app.id, tag: 'STRONG-coder' })
    expect((await getStaffTools(staff, a.app.id)).tags).toEqual([])
    for (let i = 0; i < 20; i++) await addTag(staff, { applicationId: a.app.id, tag: `t-${i}` })
    const e = await refusal(addTag(staff, { applicationId: a.app.id, tag: 'one-more' }))
    expect(e.code).toBe('CONFLICT')
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(['tag'])
    const db = await getDb()
    await db.cycle.update({ where: { id: cycle.id }, data: { archivedAt: new Date() } })
    expect((await refusal(addNote(staff, { applicationId: a.app.id, body: 'late' }))).code).toBe('NOT_FOUND')
    expect(await db.auditLog.count({ where: { entityId: a.app.id, action: 'application.tag' } })).toBe(21)
  })
})

describe('one applicant’s deadline', () => {
  const form = (cycleId: string, email: string, until: Date, reason = 'Flood in Swat cut the internet for a week') =>
    grantExtensionSchema.parse({ cycleId, email, until: toKarachiLocal(until), reason })

  it('lets that applicant save and submit after the call closed while another cannot, and not after their own deadline', async () => {
    const { cycle } = await makeOpenCall({ opensInDays: -20, closesInDays: -1 })
    const staff = await makeViewer('STAFF')
    const lucky = viewerOf(await makeUser('APPLICANT'))
    const other = viewerOf(await makeUser('APPLICANT'))
    const db = await getDb()

    // Before: closed for both.
    expect((await refusal(saveApplication(lucky, { cycleId: cycle.id, intent: 'save', raw: goodAnswers() }))).code).toBe('CLOSED')

    const until = new Date(Date.now() + 2 * day)
    const { id: extId } = await grantExtension(staff, form(cycle.id, lucky.email, until))
    expect(await db.auditLog.count({ where: { entityId: extId, action: 'deadline-extension.grant' } })).toBe(1)
    expect((await lastMailTo(lucky.email))?.subject).toContain('deadline was extended')
    expect((await applicantDeadline(db, cycle.id, lucky.userId))?.getTime()).toBe(Math.floor(until.getTime() / 60_000) * 60_000)
    expect((await applicantDeadline(db, cycle.id, other.userId))?.getTime()).toBe(cycle.applicationsCloseAt!.getTime())

    // The portal says so, and the form is open for them only.
    expect((await listMyExtensions(lucky)).map((e) => e.cycle.id)).toEqual([cycle.id])
    expect(await listMyExtensions(other)).toEqual([])
    const mine = await getApplicationForm(lucky, cycle.id)
    expect(mine.state).toBe('open')
    expect(mine.extendedUntil).not.toBeNull()
    expect((await getApplicationForm(other, cycle.id).catch(() => null))?.state ?? 'closed').not.toBe('open')

    const { id } = await saveApplication(lucky, { cycleId: cycle.id, intent: 'save', raw: { 'a.motivation': 'Draft' } })
    const draft = await db.application.findUniqueOrThrow({ where: { id } })
    await saveApplication(lucky, { cycleId: cycle.id, intent: 'submit', version: draft.version, raw: goodAnswers() })
    expect((await db.application.findUniqueOrThrow({ where: { id } })).stage).toBe('SUBMITTED')
    expect((await refusal(saveApplication(other, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() }))).code).toBe('CLOSED')

    // Once submitted there is nothing to extend.
    expect(Object.keys((await refusal(grantExtension(staff, form(cycle.id, lucky.email, until)))).fieldErrors ?? {})).toEqual(['email'])

    // A third applicant whose extension ran out: refused.
    const late = viewerOf(await makeUser('APPLICANT'))
    await grantExtension(staff, form(cycle.id, late.email, until))
    await db.deadlineExtension.update({
      where: { cycleId_userId: { cycleId: cycle.id, userId: late.userId } },
      data: { until: new Date(Date.now() - 60_000) },
    })
    expect((await refusal(saveApplication(late, { cycleId: cycle.id, intent: 'save', raw: goodAnswers() }))).code).toBe('CLOSED')

    // Revoked: refused again, emailed, audited; the list shows it withdrawn.
    const fourth = viewerOf(await makeUser('APPLICANT'))
    await grantExtension(staff, form(cycle.id, fourth.email, until))
    await saveApplication(fourth, { cycleId: cycle.id, intent: 'save', raw: { 'a.motivation': 'Draft' } })
    await revokeExtension(staff, { cycleId: cycle.id, userId: fourth.userId })
    expect((await lastMailTo(fourth.email))?.subject).toContain('withdrawn')
    const fourthApp = await db.application.findFirstOrThrow({ where: { cycleId: cycle.id, applicantId: fourth.userId } })
    expect(
      (await refusal(saveApplication(fourth, { cycleId: cycle.id, intent: 'submit', version: fourthApp.version, raw: goodAnswers() })))
        .code,
    ).toBe('CLOSED')
    expect((await refusal(revokeExtension(staff, { cycleId: cycle.id, userId: fourth.userId }))).code).toBe('NOT_FOUND')
    const listed = await listExtensions(staff, cycle.id)
    expect(listed.extensions.find((e) => e.user.id === fourth.userId)).toMatchObject({ running: false })
    expect(listed.extensions.find((e) => e.user.id === fourth.userId)?.revokedAt).not.toBeNull()

    // Staff moving the cycle on to selection does not take back a running extension.
    const fifth = viewerOf(await makeUser('APPLICANT'))
    await grantExtension(staff, form(cycle.id, fifth.email, until))
    await db.cycle.update({ where: { id: cycle.id }, data: { status: 'SELECTING' } })
    // Her portal still lists it and opens the form, though she had not started a draft.
    expect((await listMyExtensions(fifth)).map((e) => e.cycle.id)).toEqual([cycle.id])
    expect((await getApplicationForm(fifth, cycle.id)).state).toBe('open')
    await saveApplication(fifth, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() })
    expect((await db.application.findFirstOrThrow({ where: { cycleId: cycle.id, applicantId: fifth.userId } })).stage).toBe('SUBMITTED')
    expect((await refusal(saveApplication(other, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() }))).code).toBe('CLOSED')
  })

  it('refuses a deadline before the close, in the past, too far, for nobody, or by a reviewer; another cycle’s extension is not found', async () => {
    const { cycle } = await makeOpenCall({ opensInDays: -20, closesInDays: -1 })
    const staff = await makeViewer('STAFF')
    const person = viewerOf(await makeUser('APPLICANT'))
    const field = async (p: Promise<unknown>) => Object.keys((await refusal(p)).fieldErrors ?? {})
    expect(await field(grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() - 2 * day))))).toEqual(['until'])
    expect(await field(grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() - 3600_000))))).toEqual(['until'])
    expect(await field(grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() + 90 * day))))).toEqual(['until'])
    expect(await field(grantExtension(staff, form(cycle.id, 'nobody@example.pk', new Date(Date.now() + day))))).toEqual(['email'])
    const reviewer = await makeUser('REVIEWER')
    expect(await field(grantExtension(staff, form(cycle.id, reviewer.email, new Date(Date.now() + day))))).toEqual(['email'])
    expect((await refusal(grantExtension(viewerOf(reviewer), form(cycle.id, person.email, new Date(Date.now() + day))))).code).toBe(
      'FORBIDDEN',
    )
    await grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() + day)))
    const { cycle: other } = await makeOpenCall({ opensInDays: -20, closesInDays: -1 })
    expect((await refusal(revokeExtension(staff, { cycleId: other.id, userId: person.userId }))).code).toBe('NOT_FOUND')
    // Granting again replaces (one row per person and cycle) and is audited again.
    await grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() + 2 * day), 'Longer'))
    const db = await getDb()
    const rows = await db.deadlineExtension.findMany({ where: { cycleId: cycle.id, userId: person.userId } })
    expect(rows).toHaveLength(1)
    expect(rows[0].reason).toBe('Longer')
    // A cycle no longer recruiting takes none.
    await db.cycle.update({ where: { id: cycle.id }, data: { status: 'SELECTING' } })
    expect((await refusal(grantExtension(staff, form(cycle.id, person.email, new Date(Date.now() + day))))).code).toBe('CONFLICT')
  })
})
