// Hand adjustment and transfers, on the seeded women's internship cohort: two interns of the
// Health Department's project are freed and rank it again, the department accepts one and
// declines the other, staff see the matching honour that, try (and fail) to override the
// department, place the declined intern elsewhere over capacity with confirmation, publish,
// and transfer her with a reason that stays in the history. Axe in English and Urdu throughout.
import type { Locator, Page } from '@playwright/test'
import { toKarachiLocal } from '../../../lib/i18n/format'
import { expect, expectAccessibleInBothLanguages, loginAs, signIn, test } from '../support/fixtures'

const COHORT = 'Cohort 1 (2021–22)'
const BHU = 'Basic health unit service directory'
const HELP_DESK = 'District digital-services help desk'
const SURVEY = "Girls' school facilities survey digitisation"

/** Options carry seat counts after the title, so pick by the start of their text. */
async function choose(select: Locator, title: string) {
  const value = await select.locator('option', { hasText: title }).first().getAttribute('value')
  await select.selectOption(value!)
}

async function as(page: Page, who: 'PARTNER' | 'STAFF' | { email: string }) {
  await page.context().clearCookies()
  if (typeof who === 'string') await loginAs(page, who)
  else await signIn(page, who.email)
}

test('staff adjust a proposal within the department’s wishes, publish it and transfer an intern', async ({ page }) => {
  test.setTimeout(300_000)

  // Staff reopen ranking and free two interns of the health project.
  await as(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: COHORT }).click()
  await page.getByRole('link', { name: 'Placement', exact: true }).click()
  await expect(page.getByRole('heading', { name: `Placement: ${COHORT}` })).toBeVisible()
  const placementUrl = page.url()
  await page.getByLabel('Opens').fill(toKarachiLocal(new Date(Date.now() - 3600_000)))
  await page.getByLabel('Closes').fill(toKarachiLocal(new Date(Date.now() + 3 * 86_400_000)))
  await page.getByRole('button', { name: 'Save window' }).click()
  await expect(page.getByText('Now: Open')).toBeVisible()

  const interns: { name: string; email: string }[] = []
  for (let i = 0; i < 2; i++) {
    await page.goto(placementUrl)
    const row = page.getByRole('row').filter({ hasText: BHU }).filter({ hasText: 'Active' }).first()
    const name = (await row.getByRole('cell').first().innerText()).trim()
    await row.getByRole('link', { name: /^Manage/ }).click()
    await expect(page.getByRole('heading', { name: `Placement of ${name}` })).toBeVisible()
    const email = (await page.locator('main h1 + p').innerText()).trim()
    interns.push({ name, email })
    await page.getByLabel('Reason').last().fill('Re-matched after the first project phase.')
    await page.getByRole('button', { name: 'End placement' }).click()
    await expect(page.getByText('This placement is Ended: it can no longer be changed.')).toBeVisible()
  }
  const [accepted, declined] = interns

  // Both rank the health project first.
  for (const intern of interns) {
    await as(page, intern)
    await page.goto('/fellow/preferences')
    for (const select of await page.locator('select[name^="rank_"]').all()) await select.selectOption('')
    await page.getByLabel(`Your rank for ${BHU}`).selectOption('1')
    await page.getByRole('button', { name: 'Save my ranking' }).click()
    await expect(page.getByText('Your ranking is saved.')).toBeVisible()
  }

  // The department accepts one and declines the other.
  await as(page, 'PARTNER')
  await page.goto('/partner/projects')
  await page.getByRole('link', { name: BHU }).first().click()
  await expect(page.getByRole('heading', { name: 'Fellows who ranked this project' })).toBeVisible()
  await page.getByLabel(`Your answer for ${accepted.name}`).selectOption('1')
  await page.getByLabel(`Your answer for ${declined.name}`).selectOption('unacceptable')
  await page.getByRole('button', { name: 'Save answers' }).click()
  await expect(page.getByText('Your answers are saved.')).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  // The matching honours it; staff cannot override the department, and over capacity needs confirming.
  await as(page, 'STAFF')
  await page.goto(placementUrl)
  await page.getByRole('button', { name: 'Run matching' }).click()
  const acceptedRow = page.getByRole('row').filter({ hasText: accepted.name })
  const declinedRow = page.getByRole('row').filter({ hasText: declined.name })
  await expect(acceptedRow).toContainText('Placed at 1st choice')
  await expect(declinedRow).toContainText('Not placed: every ranked project declined them')

  const move = page.getByRole('form', { name: `Move ${declined.name} to` })
  await choose(move.getByLabel(`Move ${declined.name} to`), BHU)
  await move.getByRole('button', { name: 'Change' }).click()
  await expect(move.getByText(`The department marked ${declined.name} as not acceptable for this project.`).first()).toBeVisible()

  await choose(move.getByLabel(`Move ${declined.name} to`), HELP_DESK)
  await move.getByRole('button', { name: 'Change' }).click()
  await expect(move.getByText(/has 0 seats; this would place 1 fellows there\./)).toBeVisible()
  await expect(move.getByLabel('Confirm despite warnings')).toHaveAttribute('aria-invalid', 'true')
  await move.getByLabel('Confirm despite warnings').check()
  await move.getByRole('button', { name: 'Change' }).click()
  await expect(declinedRow).toContainText('Placed by hand; not among their choices')
  await expect(page.getByText(`More fellows than seats: ${HELP_DESK}`)).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  await page.getByLabel('I have checked this proposal: tell the fellows and departments').check()
  await page.getByRole('button', { name: 'Publish placements' }).click()
  await expect(page.getByText(/^Published on /)).toBeVisible()

  // A transfer keeps the old placement and its reason in the history.
  await page.goto(placementUrl)
  await page
    .getByRole('row')
    .filter({ hasText: declined.name })
    .filter({ hasText: HELP_DESK })
    .filter({ hasText: 'Active' })
    .getByRole('link', { name: /^Manage/ })
    .click()
  await choose(page.getByLabel('New project'), SURVEY)
  await page.getByLabel('Reason').first().fill('The survey team needs someone who speaks Khowar.')
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  await expect(page.getByText('Tick this box to confirm the change despite the warning.')).toBeVisible()
  await page.getByLabel('Transfer even if the project is full').check()
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  await expect(page.getByText('Transferred in').first()).toBeVisible()
  await expect(page.getByText('Transferred out').first()).toBeVisible()
  await expect(page.getByText('The survey team needs someone who speaks Khowar.').first()).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})
