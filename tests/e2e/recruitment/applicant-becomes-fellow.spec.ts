// One person from applicant to the fellow portal in one browser session: signed in as an
// applicant, they accept the offer staff make, and the fellow pages open at once, without
// signing out and in again (the role is read from the database, not from the session cookie).
//
// The applicant is one of the seeded applicants of Cycle 8 whose application is in review,
// picked from the staff board: the demo applicant (Hira Bibi) stays an applicant, since other
// flows follow her application.
import { toKarachiLocal } from '../../../lib/i18n/format'
import { expect, loginAs, signIn, test } from '../support/fixtures'

const DAY = 86_400_000
const CYCLE = 'Cycle 8 (2027)'

test('an applicant who accepts an offer opens "My fellowship" and the project preferences in the same session', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  // Staff, in a browser of their own, find an application in review.
  const staffContext = await browser.newContext()
  const staff = await staffContext.newPage()
  await loginAs(staff, 'STAFF')
  await staff.goto('/staff/cycles')
  await staff.getByRole('link', { name: CYCLE }).click()
  await staff.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await expect(staff.getByRole('heading', { name: `Recruitment: ${CYCLE}` })).toBeVisible()
  await staff.goto(`${staff.url()}?stage=REVIEW`)
  const row = staff.getByRole('table', { name: 'Applications' }).getByRole('row').nth(1)
  const email = (await row.locator('span[dir="ltr"]').innerText()).trim()
  expect(email).toMatch(/@/)

  // The applicant signs in (the session starts while they are an applicant)...
  await signIn(page, email)
  await expect(page).toHaveURL(/\/apply$/)
  await expect(page.getByRole('link', { name: 'My fellowship', exact: true })).toHaveCount(0)

  // ...staff offer a place...
  await row.getByRole('link').first().click()
  const offer = staff.getByRole('form', { name: 'Extend an offer' })
  await offer.getByLabel('Answer by').fill(toKarachiLocal(new Date(Date.now() + 7 * DAY)))
  await offer.getByLabel('Message with the offer').fill('Your placement will be decided with the departments in January.')
  await offer.getByRole('button', { name: 'Send offer' }).click()
  await expect(staff.getByText('Waiting for answer')).toBeVisible()
  await staffContext.close()

  // ...and the applicant accepts it.
  await page.goto('/apply')
  await expect(page.getByText(/An offer is waiting for your answer/)).toBeVisible()
  await page.getByRole('link', { name: `KP Government Innovation Fellowship — ${CYCLE}` }).click()
  await page.getByRole('button', { name: 'Accept the offer' }).click()
  await expect(page.getByText(/You are now a fellow of this cycle/)).toBeVisible()

  // Same session: the fellow tabs are there and they open the fellow pages.
  await page.getByRole('link', { name: 'My fellowship', exact: true }).click()
  await expect(page).toHaveURL(/\/fellow$/)
  await expect(page.getByRole('heading', { name: 'My fellowship', level: 1 })).toBeVisible()
  await expect(page.getByText(`KP Government Innovation Fellowship — ${CYCLE}`).first()).toBeVisible()
  await page.getByRole('link', { name: 'Preferences', exact: true }).click()
  await expect(page).toHaveURL(/\/fellow\/preferences$/)
  await expect(page.getByRole('heading', { name: 'Project preferences', level: 1 })).toBeVisible()
  await page.goto('/fellow/preferences')
  await expect(page).toHaveURL(/\/fellow\/preferences$/)
  await expect(page.getByRole('heading', { name: 'Project preferences', level: 1 })).toBeVisible()
  // A page of another role still sends them to their own home, now the fellow's.
  await page.goto('/staff/cycles')
  await expect(page).toHaveURL(/\/fellow$/)
})
