// Evaluation rounds as the people walk them (issue 14), on the seeded KP cycle 7: staff create a
// round with a score and an open question and open it; the Health Department's supervisor
// evaluates the demo fellow; the fellow evaluates herself and her department; staff read the
// three side by side and release; the fellow then reads her supervisor's evaluation, which she
// could not before. A second walk does the writing on a 390 px phone without JavaScript.
import type { Browser, Page } from '@playwright/test'
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

const FELLOW = 'Mahnoor Yousafzai'
const ANCHORS = [
  ['Hardly ever clear', 'شاذ ہی واضح'],
  ['Often unclear', 'اکثر غیر واضح'],
  ['Usually clear', 'عموماً واضح'],
  ['Clear and prompt', 'واضح اور بروقت'],
  ['Exemplary', 'مثالی'],
]
const SCORE = 'Clear and timely communication'
const QUESTION = 'What should change in the next quarter?'

async function switchTo(page: Page, role: 'STAFF' | 'FELLOW' | 'PARTNER') {
  await page.context().clearCookies()
  await loginAs(page, role)
}

/** Staff: a new round on cycle 7 with one score and one question asked in all three views, opened. */
async function createOpenRound(page: Page, name: string, checkEach = false) {
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Evaluations', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluations' })).toBeVisible()
  // The seeded mid-term round is there, released.
  await expect(page.getByRole('row', { name: /Mid-term evaluation/ })).toContainText('Released to fellows')
  if (checkEach) await expectAccessibleInBothLanguages(page)
  const create = page.getByRole('form', { name: 'New evaluation round' })
  await create.getByLabel('Name (English)').fill(name)
  await create.getByLabel('Name (Urdu)').fill('سالانہ جائزہ')
  await create.getByLabel('Due date').fill('2030-06-30')
  await create.getByRole('button', { name: 'Create round' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()

  const add = page.getByRole('form', { name: 'Add a criterion or question' })
  await add.getByLabel('Criterion or question (English)').fill(SCORE)
  await add.getByLabel('Criterion or question (Urdu)').fill('واضح اور بروقت رابطہ')
  // A score without what each point means is refused beside the missing anchors.
  await add.getByRole('button', { name: 'Add' }).click()
  await expect(add.getByText('This field is required.').first()).toBeVisible()
  for (const [i, [en, ur]] of ANCHORS.entries()) {
    await add.getByLabel(`What ${i + 1} means (English)`).fill(en)
    await add.getByLabel(`What ${i + 1} means (Urdu)`).fill(ur)
  }
  await add.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: SCORE })).toHaveCount(3)
  await add.getByLabel('Kind').selectOption({ label: 'Open question' })
  await add.getByLabel('Criterion or question (English)').fill(QUESTION)
  await add.getByLabel('Criterion or question (Urdu)').fill('اگلی سہ ماہی میں کیا بدلنا چاہیے؟')
  await add.getByRole('button', { name: 'Add' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: QUESTION })).toHaveCount(3)
  if (checkEach) await expectAccessibleInBothLanguages(page)
  await page.getByRole('button', { name: 'Open the round' }).click()
  await expect(page.getByText('The round is open: its criteria are fixed')).toBeVisible()
  await expect(page.getByRole('form', { name: 'Add a criterion or question' })).toHaveCount(0)
  return page.url()
}

test('staff run a round; the supervisor, the fellow and staff each see what is theirs to see', async ({ page }) => {
  test.setTimeout(420_000)
  const name = `Final evaluation ${Date.now().toString(36)}`
  await loginAs(page, 'STAFF')
  const roundPage = await createOpenRound(page, name, true)

  // Partner: the department's fellows, with what fellows said of the department suppressed
  // (Health has fewer than five fellows).
  await switchTo(page, 'PARTNER')
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Evaluations' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluations' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name }).click()
  await expect(page.getByText('Too few responses to show (fewer than five).')).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: `Evaluate ${FELLOW}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Evaluation of ${FELLOW}` })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const sup = page.getByRole('form', { name: `Evaluation of ${FELLOW}` })
  await sup.getByRole('radio', { name: /Clear and prompt/ }).check()
  await sup.getByRole('button', { name: 'Save draft' }).click()
  await expect(sup.getByText('Draft saved.')).toBeVisible()
  // Submitting needs every answer: the missing one is named beside its field.
  await sup.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(sup.getByText('Write an answer.')).toBeVisible()
  await expect(sup.getByLabel(QUESTION)).toHaveAttribute('aria-invalid', 'true')
  await sup.getByLabel(QUESTION).fill('Mahnoor should hand the licence workflow over to the section staff.')
  await sup.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(page.getByText('This evaluation is submitted and final.')).toBeVisible()
  await expect(page.getByText('Mahnoor should hand the licence workflow over to the section staff.')).toBeVisible()

  // Fellow: her two views; her supervisor's is not hers to read yet.
  await switchTo(page, 'FELLOW')
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Evaluations' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluations' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name }).click()
  await expect(page.getByText('Your supervisor’s evaluation will appear here once the programme team releases it.')).toBeVisible()
  await expect(page.getByText('hand the licence workflow over')).toHaveCount(0)
  await expectAccessibleInBothLanguages(page)
  const self = page.getByRole('form', { name: 'Fellow’s self-evaluation' })
  await self.getByRole('radio', { name: /Usually clear/ }).check()
  await self.getByLabel(QUESTION).fill('I will write the handover guide in Urdu and English.')
  await self.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(page.getByText('I will write the handover guide in Urdu and English.')).toBeVisible()
  await expect(self).toHaveCount(0)
  const dept = page.getByRole('form', { name: 'Fellow’s evaluation of the department' })
  await dept.getByRole('radio', { name: /Exemplary/ }).check()
  await dept.getByLabel(QUESTION).fill('Give the fellows a desk in the directorate.')
  await dept.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(page.getByText('Give the fellows a desk in the directorate.')).toBeVisible()

  // Staff: the three views side by side, then the release.
  await switchTo(page, 'STAFF')
  await page.goto(roundPage)
  const row = page.getByRole('row', { name: new RegExp(FELLOW) })
  await expect(row.getByText('Submitted')).toHaveCount(3)
  await page.locator('details', { hasText: FELLOW }).locator('summary').click()
  await expect(page.getByRole('region', { name: `Supervisor’s evaluation of the fellow: ${FELLOW}` })).toContainText(
    'Mahnoor should hand the licence workflow over to the section staff.',
  )
  await expect(page.getByRole('region', { name: `Fellow’s self-evaluation: ${FELLOW}` })).toContainText('3/5')
  await expect(page.getByRole('region', { name: `Fellow’s evaluation of the department: ${FELLOW}` })).toContainText(
    'Give the fellows a desk in the directorate.',
  )
  // Averages per department: Health's supervisor score is hers alone (4).
  await expect(page.getByRole('region', { name: 'Average score per criterion, per department' })).toContainText('Health')
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('button', { name: 'Release supervisors’ evaluations to fellows' }).click()
  await expect(page.getByText(/^Released to fellows on /)).toBeVisible()

  // Fellow: now she reads it, signed by her supervisor.
  await switchTo(page, 'FELLOW')
  await page.goto('/fellow/evaluations')
  await page.getByRole('link', { name }).click()
  const theirs = page.locator('section', { has: page.getByRole('heading', { name: 'Your supervisor’s evaluation of you' }) })
  await expect(theirs).toContainText('Mahnoor should hand the licence workflow over to the section staff.')
  await expect(theirs).toContainText('4/5')
  await expect(theirs).toContainText('Dr. Tariq Mehmood')
  await expectAccessibleInBothLanguages(page)
})

async function phoneWithoutJs(browser: Browser, signedIn: Page) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    storageState: await signedIn.context().storageState(),
    baseURL: test.info().project.use.baseURL,
  })
  return context.newPage()
}

test('on a 390 px phone without JavaScript, the supervisor and the fellow write their evaluations with plain posts', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  const name = `Quarterly check-in ${Date.now().toString(36)}`
  await loginAs(page, 'STAFF')
  await createOpenRound(page, name)

  await switchTo(page, 'PARTNER')
  const partner = await phoneWithoutJs(browser, page)
  await partner.goto('/partner/evaluations')
  await partner.getByRole('link', { name }).click()
  await partner.getByRole('link', { name: `Evaluate ${FELLOW}` }).click()
  const sup = partner.getByRole('form', { name: `Evaluation of ${FELLOW}` })
  await sup.getByRole('radio', { name: /Usually clear/ }).check()
  await sup.getByRole('button', { name: 'Save draft' }).click()
  // The server's answer comes back as a page: the draft keeps its score.
  await expect(partner.getByText('Draft saved.')).toBeVisible()
  await expect(sup.getByRole('radio', { name: /Usually clear/ })).toBeChecked()
  await sup.getByLabel(QUESTION).fill('Keeps the section informed every week.')
  await sup.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(partner.getByText('This evaluation is submitted and final.')).toBeVisible()
  expect(await partner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await partner.context().close()

  await switchTo(page, 'FELLOW')
  const fellow = await phoneWithoutJs(browser, page)
  await fellow.goto('/fellow/evaluations')
  await fellow.getByRole('link', { name }).click()
  const self = fellow.getByRole('form', { name: 'Fellow’s self-evaluation' })
  // A score is needed to submit: refused beside the group, the words typed kept.
  await self.getByLabel(QUESTION).fill('More time with the district inspectors.')
  await self.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(self.getByText('Choose a score.')).toBeVisible()
  await expect(self.getByLabel(QUESTION)).toHaveValue('More time with the district inspectors.')
  await self.getByRole('radio', { name: /Clear and prompt/ }).check()
  await self.getByRole('button', { name: 'Submit (final)' }).click()
  await expect(fellow.getByText('More time with the district inspectors.')).toBeVisible()
  await expect(fellow.getByRole('form', { name: 'Fellow’s self-evaluation' })).toHaveCount(0)
  expect(await fellow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await fellow.context().close()
})
