import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb } from '../../server/db'
import { makeViewer } from '../../../tests/support/factories'
import { lastMailTo, makeApplication, makeOpenCall } from '../../../tests/support/factories-recruitment'
import { getRecruitmentSummary, listPipeline, pipelineDistricts, readPipelineFilters } from './pipeline'
import { decideEligibility, moveApplication, moveApplications, rescreenApplications } from '../mutations/move-applications'

describe('pipeline board', () => {
  it('totals and the district list agree with the rows, with and without filters (drafts never counted)', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const made = [
      { stage: 'REVIEW', district: 'Swat' },
      { stage: 'REVIEW', district: 'Swat' },
      { stage: 'REVIEW', district: 'Peshawar' },
      { stage: 'SUBMITTED', district: 'Swat' },
      { stage: 'SUBMITTED', district: null },
      { stage: 'REJECTED', district: 'Chitral' },
      { stage: 'DRAFT', district: 'Bannu' },
    ] as const
    const db = await getDb()
    for (const m of made) {
      const { app } = await makeApplication(cycle.id, { stage: m.stage, district: m.district ?? undefined })
      if (m.district === null) await db.application.update({ where: { id: app.id }, data: { district: null } })
    }
    const total = async (sp: Record<string, string>) => {
      const list = await listPipeline(staff, cycle.id, readPipelineFilters(sp))
      expect(list.rows.length, JSON.stringify(sp)).toBe(list.total)
      return list.total
    }
    expect(await total({})).toBe(6)
    expect(await total({ stage: 'REVIEW' })).toBe(3)
    expect(await total({ district: 'Swat' })).toBe(3)
    expect(await total({ stage: 'REVIEW', district: 'Swat' })).toBe(2)
    expect(await total({ stage: 'DRAFT' })).toBe(6) // not a stage the board shows: ignored
    expect(await total({ district: 'Bannu' })).toBe(0)
    expect(await total({ district: 'Nowhere' })).toBe(0)
    // Bannu has only a draft: not offered as a filter; no district is not a district.
    expect(await pipelineDistricts(staff, cycle.id)).toEqual(['Chitral', 'Peshawar', 'Swat'])
    const { counts } = await getRecruitmentSummary(staff, cycle.id)
    expect(counts).toEqual({ REVIEW: 3, SUBMITTED: 2, REJECTED: 1, DRAFT: 1 })
  })

  it('filters by stage, district, gender, score band, eligibility and search, and counts per stage', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const a = await makeApplication(cycle.id, { stage: 'REVIEW', district: 'Swat', gender: 'FEMALE', scoreMean: 4.5 })
    await makeApplication(cycle.id, { stage: 'REVIEW', district: 'Peshawar', gender: 'MALE', scoreMean: 2.2 })
    await makeApplication(cycle.id, { stage: 'SUBMITTED', district: 'Swat', gender: 'MALE' })
    await makeApplication(cycle.id, { stage: 'DRAFT' })
    const db = await getDb()
    await db.application.updateMany({ where: { cycleId: cycle.id, stage: 'SUBMITTED' }, data: { eligibility: 'FLAGGED' } })

    const ids = async (sp: Record<string, string>) => (await listPipeline(staff, cycle.id, readPipelineFilters(sp))).rows.map((r) => r.id)
    expect(await ids({})).toHaveLength(3) // drafts are the applicant's own business
    expect(await ids({ stage: 'REVIEW', district: 'Swat' })).toEqual([a.app.id])
    expect(await ids({ gender: 'MALE' })).toHaveLength(2)
    expect(await ids({ band: '4-5' })).toEqual([a.app.id])
    expect(await ids({ band: 'none' })).toHaveLength(1)
    expect(await ids({ eligibility: 'FLAGGED' })).toHaveLength(1)
    expect(await ids({ q: a.applicant.name.toUpperCase() })).toEqual([a.app.id])
    expect(await ids({ stage: 'NONSENSE' })).toHaveLength(3)
    const sorted = await listPipeline(staff, cycle.id, readPipelineFilters({ sort: 'score' }))
    expect(sorted.rows.map((r) => r.scoreMean)).toEqual([4.5, 2.2, null])
    expect(sorted.rows[0]).not.toHaveProperty('answers')

    const { counts } = await getRecruitmentSummary(staff, cycle.id)
    expect(counts).toMatchObject({ REVIEW: 2, SUBMITTED: 1, DRAFT: 1 })
  })

  it('pages, filters and counts ten thousand applications in SQL', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const db = await getDb()
    const users = Array.from({ length: 10_000 }, (_, i) => ({
      id: randomUUID(),
      email: `bulk-${i}-${randomUUID().slice(0, 6)}@test.pk`,
      name: `Bulk ${i}`,
      role: 'APPLICANT' as const,
    }))
    await db.user.createMany({ data: users })
    const districts = ['Swat', 'Peshawar', 'Mardan', 'Shangla']
    await db.application.createMany({
      data: users.map((u, i) => ({
        cycleId: cycle.id,
        applicantId: u.id,
        stage: i % 10 === 0 ? ('REVIEW' as const) : ('SUBMITTED' as const),
        district: districts[i % 4],
        gender: i % 2 ? ('MALE' as const) : ('FEMALE' as const),
        scoreMean: i % 10 === 0 ? 1 + (i % 400) / 100 : null,
        submittedAt: new Date(Date.now() - i * 1000),
      })),
    })
    const page = await listPipeline(staff, cycle.id, readPipelineFilters({ district: 'Swat', gender: 'FEMALE', page: '3' }))
    const summary = await getRecruitmentSummary(staff, cycle.id)
    const banded = await listPipeline(staff, cycle.id, readPipelineFilters({ band: '3-4', sort: 'score' }))
    expect(page.total).toBe(2500)
    expect(page.rows).toHaveLength(50)
    expect(page.pageCount).toBe(50)
    expect(summary.counts).toMatchObject({ REVIEW: 1000, SUBMITTED: 9000 })
    expect(banded.rows.every((r) => r.scoreMean! >= 3 && r.scoreMean! < 4)).toBe(true)
    // Its speed is measured by `npm run bench` (on 100,000 applications), not here.
  }, 120_000)
})

describe('moving applications', () => {
  it('moves many at once with a templated message, each applicant emailed with their own name', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const apps = await Promise.all([makeApplication(cycle.id), makeApplication(cycle.id)])
    await moveApplications(staff, {
      cycleId: cycle.id,
      ids: apps.map((a) => a.app.id),
      to: 'REJECTED',
      message: 'Dear {name}, thank you for applying to {programme}.',
    })
    const db = await getDb()
    for (const a of apps) {
      expect((await db.application.findUniqueOrThrow({ where: { id: a.app.id } })).stage).toBe('REJECTED')
      const mail = await lastMailTo(a.applicant.email)
      expect(mail?.body).toContain(`Dear ${a.applicant.name}, thank you for applying to ${cycle.programme.name}.`)
      expect(mail?.body).toContain('not selected')
    }
    expect(await db.auditLog.count({ where: { action: 'application.move', entityId: { in: apps.map((a) => a.app.id) } } })).toBe(2)
  })

  it('refuses the whole batch when one cannot move, changing nothing', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const ok = await makeApplication(cycle.id)
    const accepted = await makeApplication(cycle.id, { stage: 'ACCEPTED' })
    await expect(moveApplications(staff, { cycleId: cycle.id, ids: [ok.app.id, accepted.app.id], to: 'REVIEW' })).rejects.toMatchObject({
      messageKey: 'recruitment.pipelineErrors.cannotMove',
      vars: { count: 1 },
    })
    expect((await (await getDb()).application.findUniqueOrThrow({ where: { id: ok.app.id } })).stage).toBe('SUBMITTED')
  })

  it("treats another cycle's application as not found, and refuses a stale single move", async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const other = await makeOpenCall()
    const foreign = await makeApplication(other.cycle.id)
    await expect(moveApplications(staff, { cycleId: cycle.id, ids: [foreign.app.id], to: 'SCREENING' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await moveApplication(staff, { id: foreign.app.id, version: 0, to: 'SCREENING' })
    await expect(moveApplication(staff, { id: foreign.app.id, version: 0, to: 'REVIEW' })).rejects.toMatchObject({ code: 'STALE' })
  })

  it('lets staff clear a flag, and re-screens with changed rules', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const a = await makeApplication(cycle.id, { answers: { gender: 'MALE', district: 'Peshawar' } })
    const db = await getDb()
    await db.cycle.update({ where: { id: cycle.id }, data: { eligibilityRules: [{ kind: 'district', anyOf: ['Shangla'] }] } })
    expect(await rescreenApplications(staff, cycle.id)).toEqual({ checked: 1, flagged: 1 })
    let row = await db.application.findUniqueOrThrow({ where: { id: a.app.id } })
    expect(row).toMatchObject({ eligibility: 'FLAGGED', eligibilityNotes: ['district|outside|Peshawar'] })
    await decideEligibility(staff, { id: a.app.id, version: row.version, status: 'ELIGIBLE' })
    row = await db.application.findUniqueOrThrow({ where: { id: a.app.id } })
    expect(row.eligibility).toBe('ELIGIBLE')
    expect(await db.auditLog.count({ where: { entityId: a.app.id, action: 'application.eligibility' } })).toBe(1)
  })
})
