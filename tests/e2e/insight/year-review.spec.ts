// The year in review for the seed's year, composed from the data: the pharmacy project's
// figures appear, staff add a paragraph, publish it to the public site, and withdraw it.
import { readFileSync } from 'node:fs'
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'
import { mailCount } from '../support/mail'

const ADMIN_EMAIL = 'admin@daftar.pk'

test('the 2021 year in review shows the pharmacy project’s figures and publishes with the team’s words', async ({ page, browser }) => {
  test.setTimeout(180_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/insight')
  await page.getByRole('link', { name: 'Year in review' }).click()
  await expect(page.getByRole('heading', { name: 'Year in review' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: 'Open 2021' }).click()

  const impact = page.getByRole('region', { name: 'Impact highlights' })
  await expect(impact.getByRole('listitem').filter({ hasText: 'Pharmacist records digitised' })).toContainText('15,000 records')
  await expect(impact.getByRole('listitem').filter({ hasText: 'Licences issued digitally' })).toContainText('1,800 licences')
  await expect(page.getByRole('table', { name: 'Programmes and cycles' })).toContainText('Cycle 7 (2021–22)')
  await expectAccessibleInBothLanguages(page)

  // A run that stopped half-way may have left the report published: start from a draft.
  const withdraw = page.getByRole('button', { name: 'Withdraw from the public site' })
  if (await withdraw.isVisible()) {
    await withdraw.click()
    await expect(page.getByText('Withdrawn: the report is no longer public.')).toBeVisible()
  }

  const intro = `Our team recruited 20 full-time fellows (${Date.now()}).`
  await page.getByLabel('Title (English)', { exact: true }).fill('Looking back at 2021')
  await page.getByLabel('Introduction (English)').fill(intro)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Saved.')).toBeVisible()
  await expect(page.getByRole('article')).toContainText(intro)

  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as Markdown' }).click()])
  const text = readFileSync((await md.path())!, 'utf8')
  expect(text).toContain('# Looking back at 2021')
  expect(text).toContain('**15,000 records**: Pharmacist records digitised')

  // Publishing emails the other administrators: the confirmation lists them, and nobody is
  // emailed until it is confirmed (issue 13).
  const adminMails = mailCount(ADMIN_EMAIL)
  await page.getByRole('link', { name: 'Publish on the public site' }).click()
  const confirm = page.getByRole('form', { name: /^Publish the report and email \d+ administrators?\?$/ })
  await expect(confirm.getByRole('listitem').filter({ hasText: 'Samina Qureshi' })).toContainText(ADMIN_EMAIL)
  await expectAccessibleInBothLanguages(page)
  expect(mailCount(ADMIN_EMAIL)).toBe(adminMails)
  await confirm.getByRole('button', { name: /^Publish and send \d+ emails?$/ }).click()
  await expect(page.getByText('Published: the report is now on the public site.')).toBeVisible()
  await expect.poll(() => mailCount(ADMIN_EMAIL)).toBe(adminMails + 1)

  // A visitor who is not signed in.
  const anonymous = await browser.newContext()
  const visitor = await anonymous.newPage()
  await visitor.goto(new URL('/reports/2021', page.url()).toString())
  await expect(visitor.getByRole('heading', { name: 'Looking back at 2021' })).toBeVisible()
  await expect(visitor.getByText(intro)).toBeVisible()
  await expect(visitor.getByRole('region', { name: 'Impact highlights' })).toContainText('15,000 records')
  await expectAccessibleInBothLanguages(visitor)
  await anonymous.close()

  await page.getByRole('button', { name: 'Withdraw from the public site' }).click()
  await expect(page.getByText('Withdrawn: the report is no longer public.')).toBeVisible()
})
