import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeCycle, makeViewer } from '../../tests/support/factories'
import { makePartnerIn, makePlacingCycle, makeProject } from '../../tests/support/factories-placement'
import { createProject, updateProject } from './mutations/save-project'
import { reviewProject } from './mutations/review-project'
import { getPartnerProject, getProposalContext, listPartnerProjects } from './queries/partner'
import { getProjectForReview } from './queries/staff'
import { createProjectSchema } from './schema'

const proposal = {
  title: 'Drug inspector field app',
  problemStatement: 'Inspections are typed in weeks later.',
  skillsNeeded: ['Mobile'],
  seats: 2,
  intent: 'draft' as const,
}

describe('proposing a project', () => {
  it('a partner drafts, edits and submits a project for a cycle their department takes part in', async () => {
    const { cycle, partner } = await makePlacingCycle()
    const { id, status } = await createProject(partner, { ...proposal, cycleId: cycle.id })
    expect(status).toBe('DRAFT')
    const draft = await getPartnerProject(partner, id)
    await updateProject(partner, { ...proposal, titleUr: 'ڈرگ انسپکٹر ایپ', id, version: draft.version, intent: 'submit' })
    const after = await getPartnerProject(partner, id)
    expect(after.status).toBe('PROPOSED')
    expect(after.titleUr).toBe('ڈرگ انسپکٹر ایپ')
    const db = await getDb()
    expect(await db.auditLog.findMany({ where: { entityId: id }, select: { action: true }, orderBy: { createdAt: 'asc' } })).toEqual([
      { action: 'project.create' },
      { action: 'project.submit' },
    ])
  })

  it('accepts a proposal written only in Urdu, and refuses one with no title in either language', async () => {
    const { cycle, partner } = await makePlacingCycle()
    const urduOnly = createProjectSchema.safeParse({
      cycleId: cycle.id,
      titleUr: 'منصوبہ',
      problemStatementUr: 'مسئلہ',
      seats: '1',
      skillsNeeded: '',
    })
    expect(urduOnly.success).toBe(true)
    const { id } = await createProject(partner, urduOnly.data!)
    expect((await getPartnerProject(partner, id)).title).toBe('')
    const none = createProjectSchema.safeParse({ cycleId: cycle.id, problemStatement: 'x', seats: '0' })
    expect(none.success).toBe(false)
    // Both problems at once: the missing title and the bad seat count.
    expect(none.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['seats', 'title'])
    expect(none.error!.issues.find((i) => i.path[0] === 'title')!.message).toBe('errors.projectTitleNeeded')
  })

  it('refuses a cycle the department does not take part in as not found', async () => {
    const { partner } = await makePlacingCycle()
    const other = await makeCycle()
    await expect(createProject(partner, { ...proposal, cycleId: other.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { cycleId: 'errors.notFound' },
    })
    await expect(getProposalContext(partner, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('a stale edit is refused rather than overwriting', async () => {
    const { cycle, partner } = await makePlacingCycle()
    const { id } = await createProject(partner, { ...proposal, cycleId: cycle.id })
    await updateProject(partner, { ...proposal, title: 'First edit', id, version: 0 })
    await expect(updateProject(partner, { ...proposal, title: 'Second edit', id, version: 0 })).rejects.toMatchObject({ code: 'STALE' })
    expect((await getPartnerProject(partner, id)).title).toBe('First edit')
  })

  it('an approved project can no longer be edited by the department', async () => {
    const { cycle, dept, partner } = await makePlacingCycle()
    const p = await makeProject(cycle.id, dept.id, { status: 'APPROVED' })
    await expect(updateProject(partner, { ...proposal, id: p.id, version: p.version })).rejects.toMatchObject({
      code: 'CLOSED',
      messageKey: 'placement.errors.projectLocked',
    })
  })
})

describe('reviewing a proposal', () => {
  it('staff approve a proposal and the proposer is emailed in both languages', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle, partner } = await makePlacingCycle()
    const { id } = await createProject(partner, { ...proposal, cycleId: cycle.id, intent: 'submit' })
    await reviewProject(staff, { id, version: 0, decision: 'approve' })
    expect((await getProjectForReview(staff, cycle.id, id)).status).toBe('APPROVED')
    const db = await getDb()
    const mail = await db.notification.findFirstOrThrow({ where: { toEmail: partner.email, kind: 'placement.project-reviewed' } })
    expect(mail.subject).toContain('Project approved: Drug inspector field app')
    expect(mail.body).toContain('منظور')
  })

  it('returning needs a note, which the department then sees; a draft cannot be decided', async () => {
    const staff = await makeViewer('ADMIN')
    const { cycle, partner } = await makePlacingCycle()
    const { id } = await createProject(partner, { ...proposal, cycleId: cycle.id, intent: 'submit' })
    await reviewProject(staff, { id, version: 0, decision: 'return', note: 'Name the focal person.' })
    const returned = await getPartnerProject(partner, id)
    expect(returned).toMatchObject({ status: 'RETURNED', reviewNote: 'Name the focal person.' })
    await expect(reviewProject(staff, { id, version: returned.version, decision: 'approve' })).rejects.toMatchObject({
      messageKey: 'placement.errors.notProposed',
    })
    const draft = await createProject(partner, { ...proposal, cycleId: cycle.id })
    await expect(reviewProject(staff, { id: draft.id, version: 0, decision: 'approve' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })
})

describe('what a partner sees', () => {
  it('only their own department’s projects; another department’s project id is not found', async () => {
    const { cycle, dept, partner } = await makePlacingCycle()
    const other = await makePartnerIn(cycle.id)
    const mine = await makeProject(cycle.id, dept.id, { title: 'Mine' })
    const theirs = await makeProject(cycle.id, other.dept.id, { title: 'Theirs' })
    const { projects, cycles } = await listPartnerProjects(partner)
    expect(projects.map((p) => p.title)).toEqual(['Mine'])
    expect(cycles.map((c) => c.cycle.id)).toEqual([cycle.id])
    await expect(getPartnerProject(partner, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateProject(partner, { ...proposal, id: theirs.id, version: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await getPartnerProject(partner, mine.id)).title).toBe('Mine')
  })

  it('a partner without a department sees nothing', async () => {
    const lone = await makeViewer('PARTNER', { departmentId: null })
    await expect(listPartnerProjects(lone)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
