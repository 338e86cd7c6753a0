// Impact figures: staff add a metric to the pharmacy-licence project; the demo fellow logs a
// figure against it; a value that is not a number is explained beside the field.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

test('staff define a metric and the fellow logs a figure, refusing words for numbers', async ({ page }) => {
  test.setTimeout(240_000)
  const metric = `Inspections recorded on the app ${Date.now().toString(36)}`

  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  await page.getByRole('link', { name: 'Pharmacy licence registration system' }).click()
  const add = page.getByRole('form', { name: 'Add a metric' })
  await add
    .getByLabel(/^Name$|^Name\(/)
    .first()
    .fill(metric)
  await add.getByLabel(/^Unit$|^Unit\(/).fill('inspections')
  await add.getByLabel(/^Target/).fill('about 500')
  await add.getByRole('button', { name: 'Add a metric' }).click()
  await expect(add.getByText('Enter a number, like 1250 or 12.5.')).toBeVisible()
  await add.getByLabel(/^Target/).fill('500')
  await add.getByRole('button', { name: 'Add a metric' }).click()
  await expect(add.getByText('Metric added.')).toBeVisible()
  await expect(page.getByRole('heading', { name: metric })).toBeVisible()

  await page.context().clearCookies()
  await loginAs(page, 'FELLOW')
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Impact' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Impact' })).toBeVisible()
  await expect(page.getByText('15,000 of 15,000 records (100%)')).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const card = page.locator('section', { has: page.getByRole('heading', { name: metric }) }).last()
  await card.locator('summary', { hasText: 'Log a figure' }).click()
  const form = page.getByRole('form', { name: `Log a figure: ${metric}` })
  await form.getByLabel(/^Value/).fill('many')
  await form.getByRole('button', { name: 'Log a figure' }).click()
  await expect(form.getByText('Enter a number, like 1250 or 12.5.')).toBeVisible()
  await expect(form.getByLabel(/^Value/)).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel(/^Value/).fill('1,250')
  await form.getByLabel(/^Source/).fill('Inspector app export')
  await form.getByRole('button', { name: 'Log a figure' }).click()
  await expect(form.getByText('Figure logged.')).toBeVisible()
  await expect(card.getByText('1,250 of 500 inspections (250%)')).toBeVisible()
  await expect(card.getByRole('cell', { name: 'Inspector app export' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})
