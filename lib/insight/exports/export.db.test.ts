// CSV exports: the filtered rows as on screen, personal data only after the warning, an audit
// row for every export, and cells a spreadsheet cannot run as formulas.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeCycle, makeDepartment, makeViewer } from '../../../tests/support/factories'
import { makeApplication, makeDeliverable, makeFellow, makeMetric, makeProject } from '../../../tests/support/factories-insight'
import type { Viewer } from '../../auth/viewer'
import { exportDataset, readExport } from './run'

let staff: Viewer
let cycleId: string
let projectId: string

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  cycleId = (await makeCycle({ startDate: new Date('2021-10-04T00:00:00+05:00') })).id
  const dept = await makeDepartment({ name: 'Health Department (export test)' })
  projectId = (await makeProject(cycleId, { departmentId: dept.id, title: '=HYPERLINK("http://evil")' })).id
  for (let i = 0; i < 3; i++) await makeApplication(cycleId, { gender: 'FEMALE', district: 'Shangla' })
  await makeApplication(cycleId, { gender: 'MALE', district: 'Mardan' })
  await makeFellow(cycleId, { projectId, gender: 'FEMALE', district: 'Swat' })
  await makeDeliverable(projectId, 'APPROVED', 'Requirements, "v2"')
  await makeMetric(projectId, { name: 'Pharmacist records digitised', values: [6200, 15000] })
  // More than one export batch (1,000) of applications in another cycle.
  const big = (await makeCycle()).id
  const db = await getDb()
  const applicant = await db.user.create({ data: { email: 'bulk@test.pk', name: 'Bulk', role: 'APPLICANT' } })
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: 1050 }, (_, i) => ({ email: `bulk-${i}@test.pk`, name: `Applicant ${i}`, role: 'APPLICANT' as const })),
    select: { id: true },
  })
  await db.application.createMany({ data: users.map((u) => ({ cycleId: big, applicantId: u.id, stage: 'SUBMITTED' as const })) })
  await db.application.create({ data: { cycleId: big, applicantId: applicant.id, stage: 'DRAFT' } })
})

describe('exporting', () => {
  it('writes the filtered rows with names and email addresses, and an audit row', async () => {
    const e = await exportDataset(staff, 'applications', { cycle: cycleId, gender: 'FEMALE' }, true)
    const csv = await readExport(e)
    const rows = lines(csv)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(rows[0]).toBe(
      'application_id,cycle,stage,eligibility,submitted_at,gender,district,region,mean_score,applicant_name,applicant_email',
    )
    // 3 women applied, and the woman who became a fellow.
    expect(rows).toHaveLength(5)
    for (const r of rows.slice(1)) expect(r).toMatch(/,FEMALE,.*@test\.pk$/)
    expect(rows.filter((r) => r.includes(',Shangla,REMOTE,'))).toHaveLength(3)
    expect(e.rows).toBe(4)
    expect(e.filename).toMatch(/^daftar-applications-\d{4}-\d{2}-\d{2}\.csv$/)

    const db = await getDb()
    const audit = await db.auditLog.findFirst({ where: { action: 'export.csv', actorId: staff.userId }, orderBy: { createdAt: 'desc' } })
    expect(audit).toMatchObject({
      entityType: 'Export',
      entityId: 'applications',
      after: { dataset: 'applications', filter: { cycle: cycleId, gender: 'FEMALE' }, rows: 4, personalData: true },
    })
  })

  it('refuses to export before the personal-data warning is acknowledged, and records nothing', async () => {
    const db = await getDb()
    const before = await db.auditLog.count({ where: { action: 'export.csv' } })
    await expect(exportDataset(staff, 'fellows', { cycle: cycleId }, false)).rejects.toMatchObject({
      code: 'INVALID',
      fieldErrors: { ack: 'insight.export.ackRequired' },
    })
    expect(await db.auditLog.count({ where: { action: 'export.csv' } })).toBe(before)
  })

  it('exports every row of a large dataset, batch after batch, drafts left out', async () => {
    const db = await getDb()
    const big = await db.cycle.findFirst({
      where: { applications: { some: { applicant: { email: 'bulk-0@test.pk' } } } },
      select: { id: true },
    })
    const rows = lines(await readExport(await exportDataset(staff, 'applications', { cycle: big!.id }, true)))
    expect(rows).toHaveLength(1051)
    expect(new Set(rows.slice(1).map((r) => r.split(',')[0])).size).toBe(1050)
  })

  it('quotes cells and keeps a formula-looking title as text', async () => {
    const deliverables = lines(await readExport(await exportDataset(staff, 'deliverables', { cycle: cycleId }, true)))
    expect(deliverables[1]).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(deliverables[1]).toContain('"Requirements, ""v2"""')
    const metrics = lines(await readExport(await exportDataset(staff, 'metrics', { project: projectId }, true)))
    expect(metrics.slice(1).map((r) => r.split(',').slice(-3, -1).join(','))).toEqual(['15000,2021-10-29', '6200,2021-10-15'])
  })

  it('exports fellows with their placement and region', async () => {
    const rows = lines(await readExport(await exportDataset(staff, 'fellows', { cycle: cycleId }, true)))
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain(',FEMALE,Swat,SETTLED,')
    expect(rows[1]).toContain('Health Department (export test)')
  })
})
