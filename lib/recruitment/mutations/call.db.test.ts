import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeViewer } from '../../../tests/support/factories'
import { makeApplication, makeOpenCall, makeReview } from '../../../tests/support/factories-recruitment'
import { formFieldSchema, rulesFormSchema, callSettingsSchema } from '../schema/call'
import { updateCallSettings, saveEligibilityRules } from './configure-call'
import { moveFormField, removeFormField, saveFormField } from './form-fields'
import { removeCriterion, saveCriterion } from './rubric'
import { getCallConfig, getPublicCall } from '../queries/call'

const version = async (cycleId: string) => (await (await getDb()).cycle.findUniqueOrThrow({ where: { id: cycleId } })).version

describe('call settings', () => {
  it('stores the dates typed in Pakistan time as UTC, and refuses a stale edit', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const input = callSettingsSchema.parse({
      cycleId: cycle.id,
      version: String(cycle.version),
      applicationsOpenAt: '2027-01-10T09:00',
      applicationsCloseAt: '2027-02-10T17:00',
      callDescription: 'Twenty seats in KP departments.',
      blindReview: 'on',
      reviewsPerApplication: '3',
    })
    await updateCallSettings(staff, input)
    const c = await getCallConfig(staff, cycle.id)
    expect(c.applicationsOpenAt?.toISOString()).toBe('2027-01-10T04:00:00.000Z')
    expect(c.reviewsPerApplication).toBe(3)
    await expect(updateCallSettings(staff, input)).rejects.toMatchObject({ code: 'STALE' })
    const db = await getDb()
    expect(await db.auditLog.count({ where: { entityId: cycle.id, action: 'call.settings' } })).toBe(1)
  })

  it('refuses a closing date before the opening date beside the field', () => {
    const r = callSettingsSchema.safeParse({
      cycleId: crypto.randomUUID(),
      version: '0',
      applicationsOpenAt: '2027-01-10T09:00',
      applicationsCloseAt: '2027-01-01T09:00',
      reviewsPerApplication: '2',
    })
    expect(r.success).toBe(false)
    expect(r.error!.issues[0]).toMatchObject({ path: ['applicationsCloseAt'], message: 'errors.closeBeforeOpen' })
  })
})

describe('form questions', () => {
  it('adds a bilingual choice question with options typed one per line, and the district list on request', async () => {
    const staff = await makeViewer('ADMIN')
    const { cycle } = await makeOpenCall()
    const q = formFieldSchema.parse({
      cycleId: cycle.id,
      version: String(cycle.version),
      key: 'degree',
      type: 'SINGLE_CHOICE',
      labelEn: 'Degree',
      labelUr: 'ڈگری',
      required: 'on',
      options: 'BS | BS (four-year) | بی ایس\nMS',
    })
    await saveFormField(staff, q)
    const d = formFieldSchema.parse({
      cycleId: cycle.id,
      version: String(await version(cycle.id)),
      key: 'homeDistrict',
      type: 'SINGLE_CHOICE',
      labelEn: 'Home district',
      labelUr: 'آبائی ضلع',
      useDistricts: 'on',
      options: '',
    })
    await saveFormField(staff, d)
    const c = await getCallConfig(staff, cycle.id)
    const degree = c.formFields.find((f) => f.key === 'degree')!
    expect(degree.options).toEqual([
      { value: 'BS', en: 'BS (four-year)', ur: 'بی ایس' },
      { value: 'MS', en: 'MS', ur: 'MS' },
    ])
    expect(c.formFields.at(-1)!.options.find((o) => o.value === 'Peshawar')?.ur).toBe('پشاور')
    expect(degree.position).toBeLessThan(c.formFields.at(-1)!.position)
  })

  it('explains bad keys, choice questions without options, and a key already used', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const bad = formFieldSchema.safeParse({
      cycleId: cycle.id,
      version: '0',
      key: 'Full Name',
      type: 'MULTIPLE_CHOICE',
      labelEn: 'x',
      labelUr: 'y',
      options: 'only one',
    })
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([['key', 'errors.questionKey']])
    const noOpts = formFieldSchema.safeParse({
      cycleId: cycle.id,
      version: '0',
      key: 'skills',
      type: 'MULTIPLE_CHOICE',
      labelEn: 'x',
      labelUr: 'y',
      options: 'only one',
    })
    expect(noOpts.error!.issues[0]).toMatchObject({ path: ['options'], message: 'errors.choiceOptionsNeeded' })
    const dup = formFieldSchema.parse({
      cycleId: cycle.id,
      version: String(cycle.version),
      key: 'motivation',
      type: 'LONG_TEXT',
      labelEn: 'Again',
      labelUr: 'دوبارہ',
    })
    await expect(saveFormField(staff, dup)).rejects.toMatchObject({
      code: 'DUPLICATE',
      fieldErrors: { key: 'recruitment.callErrors.keyTaken' },
    })
  })

  it('keeps a question someone answered, and moves questions up and down', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    await makeApplication(cycle.id, { stage: 'DRAFT', answers: { motivation: 'x' } })
    const config = await getCallConfig(staff, cycle.id)
    const motivation = config.formFields.find((f) => f.key === 'motivation')!
    await expect(removeFormField(staff, { cycleId: cycle.id, version: config.version, fieldId: motivation.id })).rejects.toMatchObject({
      messageKey: 'recruitment.callErrors.fieldInUse',
    })
    const cnic = config.formFields.find((f) => f.key === 'cnic')!
    await removeFormField(staff, { cycleId: cycle.id, version: config.version, fieldId: cnic.id })
    const after = await getCallConfig(staff, cycle.id)
    expect(after.formFields.map((f) => f.key)).not.toContain('cnic')
    await moveFormField(staff, { cycleId: cycle.id, version: after.version, fieldId: after.formFields[1].id, direction: 'up' })
    const moved = await getCallConfig(staff, cycle.id)
    expect(moved.formFields.slice(0, 2).map((f) => f.key)).toEqual([after.formFields[1].key, after.formFields[0].key])
  })
})

describe('eligibility rules and rubric', () => {
  it('saves rules from the form as the documented JSON shape', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const input = rulesFormSchema.parse({
      cycleId: cycle.id,
      version: String(cycle.version),
      genders: 'FEMALE',
      districts: ['Swat', 'Shangla'],
      degrees: ['BS', 'MS'],
      ageMin: '21',
      ageMax: '',
    })
    await saveEligibilityRules(staff, input)
    expect((await getCallConfig(staff, cycle.id)).rules).toEqual([
      { kind: 'gender', anyOf: ['FEMALE'] },
      { kind: 'district', anyOf: ['Swat', 'Shangla'] },
      { kind: 'degree', anyOf: ['BS', 'MS'] },
      { kind: 'age', min: 21 },
    ])
    expect(rulesFormSchema.safeParse({ cycleId: cycle.id, version: '1', ageMin: '30', ageMax: '20' }).error!.issues[0].message).toBe(
      'errors.ageRangeOrder',
    )
  })

  it('adds criteria with anchors, and locks the scoring once a review is submitted', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle, criteria } = await makeOpenCall()
    const base = { cycleId: cycle.id, name: 'Communication', weight: 2, anchor1: 'Hard to follow', anchor5: 'Clear and persuasive' }
    await saveCriterion(staff, { ...base, version: cycle.version })
    let c = await getCallConfig(staff, cycle.id)
    expect(c.rubric.at(-1)).toMatchObject({
      name: 'Communication',
      weight: 2,
      anchors: { '1': 'Hard to follow', '5': 'Clear and persuasive' },
    })
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    await makeReview(app.id, (await makeViewer('REVIEWER')).userId, 'SUBMITTED')
    c = await getCallConfig(staff, cycle.id)
    expect(c.rubricLocked).toBe(true)
    await expect(saveCriterion(staff, { ...base, name: 'Teamwork', version: c.version })).rejects.toMatchObject({
      messageKey: 'recruitment.callErrors.rubricLocked',
    })
    await expect(removeCriterion(staff, { cycleId: cycle.id, version: c.version, criterionId: criteria[0].id })).rejects.toMatchObject({
      messageKey: 'recruitment.callErrors.rubricLocked',
    })
    // Wording may still improve.
    await saveCriterion(staff, {
      ...base,
      criterionId: criteria[1].id,
      name: 'Public-service motivation',
      weight: 1,
      version: (await getCallConfig(staff, cycle.id)).version,
    })
    expect((await getCallConfig(staff, cycle.id)).rubric[1].name).toBe('Public-service motivation')
  })
})

describe('public call page', () => {
  it('shows the open cycle and its questions, or the next opening, and nothing personal', async () => {
    const { cycle } = await makeOpenCall()
    const open = await getPublicCall(cycle.programme.slug)
    expect(open.open?.id).toBe(cycle.id)
    expect(open.open?.formFields.map((f) => f.key)).toContain('motivation')
    expect(JSON.stringify(open)).not.toMatch(/applicant|email/i)
    const later = await makeOpenCall({ opensInDays: 5, closesInDays: 20 })
    const upcoming = await getPublicCall(later.cycle.programme.slug)
    expect(upcoming.open).toBeNull()
    expect(upcoming.upcoming?.id).toBe(later.cycle.id)
    await expect(getPublicCall('no-such-programme')).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
