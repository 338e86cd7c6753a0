// Staff set up a programme's new cycle, with a department taking part; bad input is
// explained beside the field; every page is checked with axe in both languages.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

test('staff create a cycle and add a participating department', async ({ page }) => {
  await loginAs(page, 'STAFF')
  await page.getByRole('link', { name: 'Programmes' }).click()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: "KP Civic Women's Internship" }).click()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: 'New cycle' }).click()
  await expectAccessibleInBothLanguages(page)

  // Closing before opening is refused beside the field, and nothing is created.
  const number = String(40 + Math.floor(Math.random() * 900))
  await page.getByLabel('Cycle number').fill(number)
  await page.getByLabel('Name', { exact: true }).fill(`Cohort ${number}`)
  await page.getByLabel('Applications open').fill('2027-01-10T09:00')
  await page.getByLabel('Applications close').fill('2027-01-01T17:00')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByText('The closing date must be after the opening date.')).toBeVisible()
  await expect(page.getByLabel('Applications close')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('Applications close').fill('2027-02-01T17:00')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: `Cohort ${number}` })).toBeVisible()
  // Shown back in Pakistan time, as typed.
  await expect(page.getByText('10-Jan-2027, 9:00 am')).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Health Department' })
  await page.getByLabel('Seats requested').fill('3')
  await page.getByRole('button', { name: 'Save' }).first().click()
  await expect(page.getByText('Department saved for this cycle.')).toBeVisible()
  await expect(page.getByText('Total seats requested: 3 of a target of 20')).toBeVisible()

  await page.goto('/staff/audit?entityType=Cycle')
  await expect(page.getByText('cycle.create').first()).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})
