// Stipends as the people walk them (issue 15), on the seeded KP cycle 7: the demo fellow, on a
// phone, enters her bank details (a wrong IBAN is refused beside the field); one staff member
// sets the stipend and prepares May 2022's batch and cannot approve it herself; a second staff
// member approves it without JavaScript; the first downloads the bank file (UTF-8 with BOM,
// the Urdu account title intact) and marks the batch paid; the fellow sees the payment.
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext } from '@playwright/test'
import { expect, expectAccessible, loginAs, test } from '../support/fixtures'
import { demoAccounts } from '../../../lib/demo'

const fellow = demoAccounts.find((a) => a.role === 'FELLOW')!
const admin = demoAccounts.find((a) => a.role === 'ADMIN')!
const IBAN = 'PK36SCBL0000001123456702'
const TITLE = 'ماہ نور یوسفزئی'

async function newContext(browser: Browser, o: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: { width: o.width ?? 1280, height: 900 },
  })
}

test('the fellow enters her IBAN; one staff member prepares, another approves; the bank file; paid; the fellow sees it', async ({
  page,
  browser,
}) => {
  // The fellow, on a phone: Payments from her menu; a wrong IBAN is refused beside the field.
  const phone = await newContext(browser, { width: 390 })
  const her = await phone.newPage()
  await loginAs(her, 'FELLOW')
  const menu = her.getByTestId('mobile-menu')
  await menu.locator('summary').click()
  await menu.getByRole('link', { name: 'Payments', exact: true }).click()
  await expect(her.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible()
  const bank = her.getByRole('form', { name: 'Bank details' })
  await bank.getByLabel('Account title').fill(TITLE)
  await bank.getByLabel('Bank', { exact: true }).fill('Standard Chartered')
  await bank.getByLabel('IBAN').fill('PK37 SCBL 0000 0011 2345 6702')
  await bank.getByRole('button', { name: 'Save bank details' }).click()
  // Refused beside the field (its description), and the field is where the cursor goes.
  await expect(bank.getByLabel('IBAN')).toHaveAccessibleDescription(/This IBAN’s check digits do not match/)
  await expect(bank.getByLabel('IBAN')).toBeFocused()
  await bank.getByLabel('IBAN').fill('pk36 scbl 0000 0011 2345 6702')
  await bank.getByRole('button', { name: 'Save bank details' }).click()
  await expect(her.getByRole('status').filter({ hasText: 'Bank details saved.' })).toBeVisible()
  expect(await her.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(her)

  // Staff A sets the stipend and prepares May 2022.
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Stipends and payments', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Stipends: Cycle 7 (2021–22)' })).toBeVisible()
  const policy = page.getByRole('form', { name: 'Stipend' })
  await policy.getByLabel('Monthly stipend (PKR)').fill('80,000')
  await policy.getByRole('button', { name: 'Save stipend' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Stipend saved.' })).toBeVisible()
  const generate = page.getByRole('form', { name: 'Generate a batch' })
  await generate.getByLabel('Month').fill('2022-05')
  await generate.getByRole('button', { name: 'Generate batch' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Payments for May 2022' })).toBeVisible()
  const batchUrl = page.url()
  // She prepared it: no approve button, and she is told why.
  await expect(page.getByText('You prepared this batch: a different staff member approves it.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Approve batch' })).toHaveCount(0)
  const row = page.getByRole('row', { name: new RegExp(fellow.name) })
  await expect(row).toContainText('Full month')
  await expect(row).toContainText('80,000.00')
  // Masked until asked.
  await expect(row).toContainText('PK36 •••• •••• •••• •••• 6702')
  await expectAccessible(page)

  // Staff B approves, without JavaScript.
  const noJs = await newContext(browser, { javaScriptEnabled: false })
  const b = await noJs.newPage()
  await loginAs(b, 'ADMIN')
  await b.goto(new URL(batchUrl).pathname)
  await b.getByRole('button', { name: 'Approve batch' }).click()
  await expect(b.getByText(`Approved by ${admin.name} on`, { exact: false })).toBeVisible()
  await expect(b.getByRole('button', { name: 'Approve batch' })).toHaveCount(0)
  await expect(b.getByRole('button', { name: 'Generate again' })).toHaveCount(0)
  await noJs.close()

  // Staff A downloads the bank file and marks the batch paid.
  await page.reload()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download bank file (CSV)' }).click(),
  ])
  const csv = readFileSync((await download.path())!, 'utf8')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv).toContain('Serial,Beneficiary (account title),IBAN,Bank,Amount (PKR),Narration')
  const line = csv.split('\r\n').find((l) => l.includes(IBAN))!
  expect(line).toContain(TITLE)
  expect(line).toContain(',80000.00,')
  const bulk = page.getByRole('form', { name: 'Mark every due line paid' })
  await bulk.getByLabel('Bank reference').fill('BOK-202205-001')
  await bulk.getByRole('button', { name: 'Mark all paid' }).click()
  await expect(page.getByRole('row', { name: new RegExp(fellow.name) })).toContainText('Paid')

  // The fellow sees it paid, with the reference.
  await her.reload()
  const paid = her.getByRole('row', { name: /May 2022/ })
  await expect(paid).toContainText('Paid')
  await expect(paid).toContainText('BOK-202205-001')
  await phone.close()
})
