// A cycle's standard deliverables and metrics (an approved project starts with them; staff give
// existing projects what they lack, idempotently) and carrying a cycle's set-up over to a new
// one: exactly the parts chosen, and nothing of anyone's applications.
import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeDepartment, makeProgramme, makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { makeApplication, makeOpenCall, makeReview } from '../../../tests/support/factories-recruitment'
import { joinCycle, makeProject } from '../../../tests/support/factories-placement'
import { AppError } from '../../server/errors'
import { createCycle } from '../mutations'
import { createCycleSchema } from '../schema'
import { reviewProject } from '../../placement/mutations/review-project'
import { addDeliverableTemplate, addMetricTemplate, applyTemplatesToProjects, removeTemplate } from './mutations'
import { getCycleTemplates } from './queries'
import { deliverableTemplateSchema, metricTemplateSchema } from './schema'

const day = 86_400_000

async function refusal(p: Promise<unknown>) {
  try {
    await p
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

async function withTemplates() {
  const staff = await makeViewer('STAFF')
  const { cycle } = await makeOpenCall({ rules: [{ kind: 'gender', anyOf: ['FEMALE'] }] })
  const db = await getDb()
  const start = new Date('2027-01-04T04:00:00Z')
  await db.cycle.update({
    where: { id: cycle.id },
    data: { startDate: start, reportingCadence: 'MONTHLY', reportingGraceDays: 7, refereesRequired: 2, callDescription: 'Serve KP' },
  })
  const d = (raw: Record<string, string>) => deliverableTemplateSchema.parse({ cycleId: cycle.id, kind: 'DELIVERABLE', ...raw })
  await addDeliverableTemplate(staff, d({ title: 'Inception report', titleUr: 'ابتدائی رپورٹ', dueOffsetDays: '30' }))
  await addDeliverableTemplate(staff, d({ title: 'Final report', kind: 'MILESTONE' }))
  const mt = (raw: Record<string, string>) => metricTemplateSchema.parse({ cycleId: cycle.id, ...raw })
  await addMetricTemplate(staff, mt({ name: 'Citizens served', unit: 'people', target: '1,800', cumulative: 'on', isPublic: 'on' }))
  await addMetricTemplate(staff, mt({ name: 'Hours saved', unit: 'hours' }))
  return { staff, cycle, start }
}

describe('templates', () => {
  it('an approved project starts with them; applying again adds only what is missing', async () => {
    const { staff, cycle, start } = await withTemplates()
    const db = await getDb()
    const dept = await makeDepartment()
    await joinCycle(cycle.id, dept.id)
    const proposed = await makeProject(cycle.id, dept.id, { status: 'PROPOSED' })
    await reviewProject(staff, { id: proposed.id, version: 0, decision: 'approve' })
    const ds = await db.deliverable.findMany({ where: { projectId: proposed.id }, orderBy: { title: 'asc' } })
    expect(ds.map((x) => [x.title, x.kind, x.dueDate?.toISOString() ?? null])).toEqual([
      ['Final report', 'MILESTONE', null],
      ['Inception report', 'DELIVERABLE', new Date(start.getTime() + 30 * day).toISOString()],
    ])
    const ms = await db.impactMetric.findMany({ where: { projectId: proposed.id }, orderBy: { position: 'asc' } })
    expect(ms.map((x) => [x.name, x.unit, x.target?.toString() ?? null, x.cumulative, x.isPublic])).toEqual([
      ['Citizens served', 'people', '1800', true, true],
      ['Hours saved', 'hours', null, false, false],
    ])

    // An older approved project with one of its own of the same name: only the rest is added.
    const older = await makeProject(cycle.id, dept.id)
    await db.deliverable.create({ data: { projectId: older.id, title: 'inception report', kind: 'DELIVERABLE' } })
    expect(await applyTemplatesToProjects(staff, cycle.id)).toEqual({ projects: 2, deliverables: 1, metrics: 2 })
    expect(await applyTemplatesToProjects(staff, cycle.id)).toEqual({ projects: 2, deliverables: 0, metrics: 0 })
    expect(await db.deliverable.count({ where: { projectId: older.id } })).toBe(2)
    expect(await db.auditLog.count({ where: { entityId: cycle.id, action: 'cycle-template.apply' } })).toBe(2)

    // Removing a template leaves projects as they are.
    const t = await getCycleTemplates(staff, cycle.id)
    await removeTemplate(staff, { cycleId: cycle.id, id: t.deliverableTemplates[0].id })
    await removeTemplate(staff, { cycleId: cycle.id, id: t.metricTemplates[1].id })
    const after = await getCycleTemplates(staff, cycle.id)
    expect(after.deliverableTemplates.map((x) => x.title)).toEqual(['Final report'])
    expect(after.metricTemplates.map((x) => x.name)).toEqual(['Citizens served'])
    expect(await db.deliverable.count({ where: { projectId: older.id } })).toBe(2)
  })

  it('refuses another cycle’s template, a duplicate metric name, and non-staff', async () => {
    const { staff, cycle } = await withTemplates()
    const { cycle: other } = await makeOpenCall()
    const t = await getCycleTemplates(staff, cycle.id)
    expect((await refusal(removeTemplate(staff, { cycleId: other.id, id: t.deliverableTemplates[0].id }))).code).toBe('NOT_FOUND')
    const dup = await refusal(addMetricTemplate(staff, metricTemplateSchema.parse({ cycleId: cycle.id, name: 'Hours saved', unit: 'h' })))
    expect(Object.keys(dup.fieldErrors ?? {})).toEqual(['name'])
    for (const role of ['APPLICANT', 'REVIEWER', 'FELLOW', 'PARTNER'] as const) {
      const v = await makeViewer(role)
      expect((await refusal(applyTemplatesToProjects(v, cycle.id))).code).toBe('FORBIDDEN')
      expect((await refusal(getCycleTemplates(v, cycle.id))).code).toBe('FORBIDDEN')
      expect((await refusal(removeTemplate(v, { cycleId: cycle.id, id: t.deliverableTemplates[0].id }))).code).toBe('FORBIDDEN')
    }
  })
})

describe('carrying a cycle over', () => {
  const form = (programmeId: string, number: number, over: Record<string, string | string[]> = {}) =>
    createCycleSchema.parse({
      programmeId,
      name: `Cycle ${number}`,
      number: String(number),
      targetFellowCount: '25',
      reportingCadence: 'WEEKLY',
      reportingGraceDays: '1',
      reviewsPerApplication: '3',
      ...over,
    })

  it('copies exactly the chosen parts, records where from, and nothing of applications or people', async () => {
    const { staff, cycle } = await withTemplates()
    const db = await getDb()
    // The source has people in it: applications, a review, a note, a tag, an extension.
    const a = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const reviewer = await makeUser('REVIEWER')
    await makeReview(a.app.id, reviewer.id)
    await db.applicationNote.create({ data: { applicationId: a.app.id, authorId: staff.userId, body: 'Note' } })
    await db.deadlineExtension.create({
      data: { cycleId: cycle.id, userId: viewerOf(reviewer).userId, until: new Date(), reason: 'x', grantedById: staff.userId },
    })
    const programme = await makeProgramme()

    const { id } = await createCycle(staff, form(programme.id, 9, { carryFromId: cycle.id, carry: ['form', 'rubric', 'deliverables'] }))
    const copy = await db.cycle.findUniqueOrThrow({
      where: { id },
      include: { formFields: true, rubric: true, deliverableTemplates: true, metricTemplates: true },
    })
    expect(copy.carriedFromId).toBe(cycle.id)
    expect(copy.formFields.map((f) => f.key).sort()).toEqual(
      (await db.formField.findMany({ where: { cycleId: cycle.id } })).map((f) => f.key).sort(),
    )
    expect(copy.rubric.map((r) => [r.name, r.weight])).toEqual(
      expect.arrayContaining([
        ['Problem solving', 3],
        ['Motivation', 1],
      ]),
    )
    expect(copy.deliverableTemplates.map((d) => d.title).sort()).toEqual(['Final report', 'Inception report'])
    // Not chosen: left as the form said.
    expect(copy.metricTemplates).toEqual([])
    expect(copy.eligibilityRules).toEqual([])
    expect(copy).toMatchObject({ reportingCadence: 'WEEKLY', reportingGraceDays: 1, reviewsPerApplication: 3, refereesRequired: 0 })
    expect(copy.callDescription).toBeNull()
    // Nothing of anyone's.
    expect(await db.application.count({ where: { cycleId: id } })).toBe(0)
    expect(await db.deadlineExtension.count({ where: { cycleId: id } })).toBe(0)
    expect(await db.auditLog.count({ where: { entityId: id, action: 'cycle.carry-over' } })).toBe(1)
    // The source is untouched.
    expect(await db.formField.count({ where: { cycleId: cycle.id } })).toBe(copy.formFields.length)
    expect(await db.application.count({ where: { cycleId: cycle.id } })).toBe(1)

    // Everything else: rules, cadence, settings, metrics.
    const { id: id2 } = await createCycle(
      staff,
      form(programme.id, 10, { carryFromId: cycle.id, carry: ['rules', 'cadence', 'settings', 'metrics'] }),
    )
    const copy2 = await db.cycle.findUniqueOrThrow({ where: { id: id2 }, include: { formFields: true, metricTemplates: true } })
    expect(copy2.formFields).toEqual([])
    expect(copy2.eligibilityRules).toEqual([{ kind: 'gender', anyOf: ['FEMALE'] }])
    expect(copy2).toMatchObject({
      reportingCadence: 'MONTHLY',
      reportingGraceDays: 7,
      refereesRequired: 2,
      callDescription: 'Serve KP',
      reviewsPerApplication: 2,
      blindReview: true,
    })
    expect(copy2.metricTemplates.map((m) => [m.name, m.target?.toString() ?? null])).toEqual([
      ['Citizens served', '1800'],
      ['Hours saved', null],
    ])
    // The copy is its own: editing it leaves the source alone.
    await addMetricTemplate(staff, metricTemplateSchema.parse({ cycleId: id2, name: 'Files digitised', unit: 'files' }))
    expect(await db.metricTemplate.count({ where: { cycleId: cycle.id } })).toBe(2)
  })

  it('an unknown cycle to copy from is refused beside the field and nothing is created', async () => {
    const staff = await makeViewer('STAFF')
    const programme = await makeProgramme()
    const e = await refusal(createCycle(staff, form(programme.id, 3, { carryFromId: crypto.randomUUID(), carry: ['form'] })))
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(['carryFromId'])
    expect(await (await getDb()).cycle.count({ where: { programmeId: programme.id } })).toBe(0)
  })
})
