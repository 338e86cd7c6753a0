import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makeMetric, makePartner, makePlacedFellow, pk } from '../../tests/support/factories-progress'
import { defineMetric, recordMetricValue } from './mutations'
import { currentFigure, listProjectMetrics } from './queries'

describe('impact metrics', () => {
  it('lets staff define a metric and the fellow log dated figures against it', async () => {
    const { project, fellow, departmentId } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const { id } = await defineMetric(staff, {
      projectId: project.id,
      name: 'Licences issued digitally',
      nameUr: 'ڈیجیٹل لائسنس',
      unit: 'licences',
      target: '2000',
      cumulative: true,
    })
    await expect(
      defineMetric(staff, { projectId: project.id, name: 'Licences issued digitally', unit: 'x', cumulative: true }),
    ).rejects.toMatchObject({
      fieldErrors: { name: 'errors.duplicate' },
    })
    await recordMetricValue(
      fellow,
      { metricId: id, value: '900', recordedOn: pk('2026-10-31'), source: 'Licence register' },
      pk('2026-11-20'),
    )
    await recordMetricValue(
      fellow,
      { metricId: id, value: '1800', recordedOn: pk('2026-11-15'), note: 'Peshawar division live' },
      pk('2026-11-20'),
    )
    const [p] = await listProjectMetrics(fellow)
    expect(p.metrics[0]).toMatchObject({ name: 'Licences issued digitally', target: 2000, figure: 1800, percent: 90 })
    expect(p.metrics[0].values.map((v) => [v.value, v.note, v.source])).toEqual([
      [1800, 'Peshawar division live', null],
      [900, null, 'Licence register'],
    ])
    // The department's partner sees the same figures.
    const partner = await makePartner(departmentId)
    expect((await listProjectMetrics(partner, project.id))[0].metrics[0].figure).toBe(1800)
    const db = await getDb()
    expect(await db.auditLog.count({ where: { action: 'metric.record', actorId: fellow.userId } })).toBe(2)
  })

  it('refuses a figure for a future day', async () => {
    const { project, fellow } = await makePlacedFellow()
    const m = await makeMetric(project.id)
    await expect(
      recordMetricValue(fellow, { metricId: m.id, value: '5', recordedOn: pk('2026-11-21') }, pk('2026-11-20')),
    ).rejects.toMatchObject({
      fieldErrors: { recordedOn: 'errors.futureDate' },
    })
  })

  it("keeps fellows and partners to their own project's metrics", async () => {
    const a = await makePlacedFellow()
    const b = await makePlacedFellow()
    const m = await makeMetric(b.project.id)
    await expect(recordMetricValue(a.fellow, { metricId: m.id, value: '5', recordedOn: pk('2026-11-01') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(listProjectMetrics(await makePartner(a.departmentId), b.project.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listProjectMetrics(a.fellow)).map((p) => p.id)).toEqual([a.project.id])
    // Once the fellowship ends, the fellow no longer logs figures, and the page offers no form.
    expect((await listProjectMetrics(b.fellow)).map((p) => p.canRecord)).toEqual([true])
    const db = await getDb()
    await db.fellowship.update({ where: { id: b.fellowship.id }, data: { status: 'COMPLETED' } })
    await expect(recordMetricValue(b.fellow, { metricId: m.id, value: '5', recordedOn: pk('2026-11-01') })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    expect((await listProjectMetrics(b.fellow)).map((p) => p.canRecord)).toEqual([false])
  })

  it('adds up a non-cumulative metric and takes the latest of a running total', () => {
    const v = [
      { value: 10, recordedOn: pk('2026-10-01') },
      { value: 25, recordedOn: pk('2026-11-01') },
    ]
    expect(currentFigure(true, v)).toBe(25)
    expect(currentFigure(false, v)).toBe(35)
    expect(currentFigure(true, [])).toBeNull()
  })
})
