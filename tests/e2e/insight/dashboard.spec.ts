// Staff open a cycle's dashboard and follow a figure to the records it counts; the records
// can be exported only after the personal-data warning. Every page is checked with axe.
import { readFileSync } from 'node:fs'
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

const CYCLE7 = 'KP Government Innovation Fellowship, Cycle 7 (2021–22)'

test('staff open the cycle dashboard and a figure leads to its filtered list', async ({ page }) => {
  test.setTimeout(180_000)
  await loginAs(page, 'STAFF')
  await page.getByRole('link', { name: 'Insight', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Insight', exact: true })).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  await page.getByRole('link', { name: `Open the dashboard: ${CYCLE7}` }).click()
  await expect(page.getByRole('heading', { name: 'Dashboard: Cycle 7 (2021–22)' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Recruitment funnel' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  // Fellows placed with the Health Department: the number, then the same number of records.
  const placed = page.getByRole('link', { name: /^\d+: Fellows placed, Health Department$/ })
  const n = (await placed.innerText()).trim()
  expect(Number(n)).toBeGreaterThan(0)
  await placed.click()
  await expect(page.getByRole('heading', { name: 'Fellows', exact: true })).toBeVisible()
  await expect(page.getByText(`${n} records`)).toBeVisible()
  await expect(page.getByText('Department: Health Department')).toBeVisible()
  await expect(page.getByRole('row').filter({ hasText: 'Mahnoor Yousafzai' })).toContainText('Pharmacy licence registration system')
  await expectAccessibleInBothLanguages(page)

  // Cycle 8 is recruiting: its funnel's first step lists every submitted application.
  await page.goto('/staff/insight')
  await page.getByRole('link', { name: 'Open the dashboard: KP Government Innovation Fellowship, Cycle 8 (2027)' }).click()
  const applied = page.getByRole('link', { name: /^[\d,]+: Applied$/ })
  const total = (await applied.innerText()).trim()
  expect(Number(total.replace(/,/g, ''))).toBeGreaterThan(0)
  await applied.click()
  await expect(page.getByRole('heading', { name: 'Applications', exact: true })).toBeVisible()
  await expect(page.getByText(`${total} records`)).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Funnel step: Applied' })).toBeVisible()
})

test('staff export records only after the personal-data warning, and the export is audited', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/insight/data/fellows?placed=yes')
  await page.getByRole('link', { name: 'Export these records as CSV' }).click()
  await expect(page.getByRole('heading', { name: 'This file contains personal data' })).toBeVisible()
  await expect(page.getByText('Placed: Placed')).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  const ack = page.getByLabel('I understand and will handle this file as personal data')
  await expect(ack).toHaveAttribute('required', '')
  await ack.check()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^daftar-fellows-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFFfellowship_id,cycle,status,name,email,gender,district,region,projects,departments')
  expect(csv).toContain('fellow@daftar.pk')

  await page.goto('/staff/audit?entityType=Export')
  await expect(page.getByText('export.csv').first()).toBeVisible()
})

test('staff see equity figures with small groups hidden', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/insight')
  await page.getByRole('link', { name: 'Equity: who applies and who is selected' }).click()
  await expect(page.getByRole('heading', { name: 'Equity' })).toBeVisible()
  await page.getByLabel('Group by').selectOption('region')
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(page.getByRole('cell', { name: 'Remote districts' }).first()).toBeVisible()
  await expect(page.getByText(/Groups of fewer than 5 people/)).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})
