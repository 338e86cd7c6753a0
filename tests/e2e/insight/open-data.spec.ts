// The public site and its open data: programmes, open calls and completed projects for
// anyone, readable in both languages, and files with no personal data in them.
import { expect, expectAccessibleInBothLanguages, test } from '../support/fixtures'
import { OPEN_DATASETS, OPEN_FIELDS } from '../../../lib/public/open-data-fields'

test('a visitor finds the open call, a programme and a completed project with its figures', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Open calls' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Read the call and apply: KP Government Innovation Fellowship' })).toHaveAttribute(
    'href',
    '/calls/kp-government-innovation-fellowship',
  )
  await expectAccessibleInBothLanguages(page)

  await page.getByRole('link', { name: 'TECH-NIH Fellowship' }).first().click()
  await expect(page.getByRole('heading', { name: 'TECH-NIH Fellowship' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Cycles of TECH-NIH Fellowship' })).toContainText('Cycle 1 (2021)')
  await expectAccessibleInBothLanguages(page)

  await page.getByRole('link', { name: 'COVID-19 test-results SMS service' }).click()
  await expect(page.getByRole('heading', { name: 'COVID-19 test-results SMS service' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Impact figures/ })).toContainText('148,000 results')
  await expectAccessibleInBothLanguages(page)

  await page.goto('/projects')
  await expect(page.getByRole('heading', { name: 'Completed projects' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})

test('the open data is documented, and no file contains an email address', async ({ page, request }) => {
  test.setTimeout(120_000)
  await page.goto('/open-data')
  await expect(page.getByRole('heading', { name: 'Open data', exact: true })).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  for (const name of OPEN_DATASETS) {
    const csv = await request.get(`/open-data/${name}.csv`)
    expect(csv.status()).toBe(200)
    expect(csv.headers()['content-type']).toContain('text/csv')
    const text = await csv.text()
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(OPEN_FIELDS[name].join(','))
    expect(text, `${name}.csv`).not.toMatch(/@/)
    expect(text).not.toContain('Mahnoor')

    const json = await request.get(`/open-data/${name}.json`)
    expect(json.status()).toBe(200)
    const body = await json.text()
    expect(body, `${name}.json`).not.toMatch(/@/)
    expect(JSON.parse(body).dataset).toBe(name)
  }
  expect(await (await request.get('/open-data/programmes.csv')).text()).toContain('kp-government-innovation-fellowship')
  expect((await request.get('/open-data/people.csv')).status()).toBe(404)
})
