// A fellow keeps an alumni profile (bad input explained beside the field); staff see alumni
// and where they went; a partner sees their own department's dashboard only.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

test('a fellow saves an alumni profile, and a wrong LinkedIn address is explained beside the field', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'FELLOW')
  await page.getByRole('link', { name: 'Alumni profile' }).click()
  await expect(page.getByRole('heading', { name: 'Alumni profile' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  await page.getByLabel('Current role').fill('Software Engineer')
  await page.getByLabel('Organisation').fill('KP IT Board')
  await page.getByLabel('Sector').selectOption({ label: 'Government' })
  await page.getByLabel('LinkedIn profile').fill('https://example.com/mahnoor')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Enter a LinkedIn address starting with https://www.linkedin.com/')).toBeVisible()
  await expect(page.getByLabel('LinkedIn profile')).toHaveAttribute('aria-invalid', 'true')

  await page.getByLabel('LinkedIn profile').fill('https://www.linkedin.com/in/mahnoor-yousafzai')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByText('Profile saved.')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Current role')).toHaveValue('Software Engineer')
})

test('staff see alumni across cycles and the sectors they went into', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'STAFF')
  await page.getByRole('link', { name: 'Alumni', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Alumni', exact: true })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alumni by sector' })).toContainText('Government')
  await expect(page.getByRole('table', { name: 'Alumni', exact: true })).toContainText('TECH-NIH Fellowship')
  await expectAccessibleInBothLanguages(page)
})

test('a partner sees their department’s dashboard and no other department', async ({ page }) => {
  test.setTimeout(120_000)
  await loginAs(page, 'PARTNER')
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.getByRole('heading', { name: 'Department dashboard' })).toBeVisible()
  await page.getByLabel('Cycle').selectOption({ label: 'KP Government Innovation Fellowship: Cycle 7 (2021–22)' })
  await page.getByRole('button', { name: 'Show' }).click()
  await expect(
    page.getByText('How your department’s projects and fellows are doing in KP Government Innovation Fellowship: Cycle 7 (2021–22).'),
  ).toBeVisible()
  const coverage = page.getByRole('table', { name: 'Placement coverage' })
  await expect(coverage).toContainText('Health Department')
  await expect(coverage).not.toContainText('Elementary & Secondary Education Department')
  await expect(page.getByRole('heading', { name: 'Recruitment funnel' })).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Impact against targets' })).toContainText('Pharmacist records digitised')
  await expectAccessibleInBothLanguages(page)

  await page.goto('/staff/insight')
  await expect(page).toHaveURL(/\/partner$/)

  // The department's deliverables, narrowed to the overdue ones.
  await page.goto('/partner/deliverables')
  await page.getByRole('link', { name: 'Only overdue' }).click()
  await expect(page).toHaveURL(/overdue=1/)
  await expect(page.getByRole('link', { name: 'Only overdue' })).toHaveAttribute('aria-current', 'page')
  await expectAccessibleInBothLanguages(page)
})
