// Importing a past cycle's applicants from a spreadsheet and finding them across cycles, as
// staff walk it: a CSV with bad rows is checked (each bad row shown with its errors beside it,
// nothing written), fixed and checked again, then imported with a progress bar; the imported
// person is found by name and by CNIC (shown masked) and their history opens. Without
// JavaScript the same file imports again and changes nothing. On a phone, in Urdu, the page
// fits and names the errors in Urdu. A reviewer cannot open either page.
import type { Browser, Page } from '@playwright/test'
import { expect, expectAccessible, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'
import { LOCALE_COOKIE } from '../../../lib/i18n/config'

const run = Math.random().toString(36).slice(2, 7)
const cnic = `17301-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}-2`
const HEAD = 'Full Name,Email Address,CNIC,Mobile,District,Gender,Outcome'
const good = [
  `Zarghuna ${run}walli,zarghuna.${run}@example.pk,${cnic},0345 1112233,Swat,Female,Not selected`,
  `"Khan, Imran ${run}",imran.${run}@example.pk,,+92 300 4445566,Peshawar,Male,Selected`,
  `صائمہ ${run},saima.${run}@example.pk,,,Mardan,خاتون,Withdrawn`,
]
const bad = [
  `Bilal ${run},bilal.${run}-at-example.pk,,,Bannu,Male,Rejected`,
  `Gul ${run},gul.${run}@example.pk,,,Islamabad,Female,Rejected`,
]
const file = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`) })

async function context(browser: Browser, o: { javaScriptEnabled?: boolean; width?: number } = {}) {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: { width: o.width ?? 1280, height: 900 },
  })
}

let cycle6: string | undefined

/** Chooses the kind, KP's cycle 6 (found by its English name the first time) and the file on the import page. */
async function fill(page: Page, f: ReturnType<typeof file>) {
  await page.locator('#import-kind').selectOption('APPLICANTS')
  cycle6 ??= await page
    .locator('#import-cycle option')
    .evaluateAll((os) => (os as HTMLOptionElement[]).find((o) => /Innovation Fellowship.*Cycle 6/.test(o.textContent ?? ''))?.value)
  await page.locator('#import-cycle').selectOption(cycle6!)
  await page.locator('#import-file').setInputFiles(f)
}

test('staff import a spreadsheet with bad rows: checked, fixed, imported with progress, then found across cycles', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/people')
  await page.getByRole('link', { name: 'Import from a spreadsheet' }).click()
  await expect(page.getByRole('heading', { name: 'Import from a spreadsheet' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Earlier imports' })).toContainText('KP cycle 6 applicants 2020.csv')

  // The file with two bad rows: checked, each bad row shown with what is wrong, nothing written.
  await fill(page, file('cycle6.csv', [HEAD, good[0], bad[0], good[1], bad[1], good[2]]))
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click()
  await expect(page.getByText('Dry run: nothing has been written')).toBeVisible()
  await expect(page.getByText('Importing now would add 3, update 0, leave 0 unchanged, and refuse 2 rows with errors.')).toBeVisible()
  const errors = page.getByRole('table', { name: /Rows with errors/ })
  await expect(errors.locator('tr[data-row="3"]')).toContainText('Email: Not an email address.')
  await expect(errors.locator('tr[data-row="5"]')).toContainText('District: Unknown district')
  await expect(errors.locator('tbody tr')).toHaveCount(2)
  // The columns were guessed from the headers.
  await expect(page.getByLabel('Full name (required)')).toHaveValue('0')
  await expect(page.getByLabel('Outcome')).toHaveValue('6')
  await expectAccessible(page)

  // Fixed in the spreadsheet and checked again: no bad row left.
  const fixed = [HEAD, good[0], bad[0].replace('-at-', '@'), good[1], bad[1].replace('Islamabad', 'Swabi'), good[2]]
  await page.locator('#import-file').setInputFiles(file('cycle6.csv', fixed))
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click()
  await expect(page.getByText('Importing now would add 5, update 0, leave 0 unchanged, and refuse 0 rows with errors.')).toBeVisible()
  await expect(page.getByRole('table', { name: /Rows with errors/ })).toHaveCount(0)

  // Imported, with a progress bar that reaches the end.
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText('Import finished')).toBeVisible()
  await expect(page.getByText('5 added, 0 updated, 0 unchanged, 0 rows refused.').first()).toBeVisible()
  const bar = page.getByRole('progressbar')
  await expect(bar).toHaveAttribute('aria-valuenow', '5')
  await expect(bar).toHaveAttribute('aria-valuemax', '5')
  await expect(
    page
      .getByRole('table', { name: 'Earlier imports' })
      .getByRole('row', { name: /cycle6\.csv/ })
      .first(),
  ).toContainText('Imported')

  // Found across cycles: by two words of her name, and by her CNIC (shown masked).
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByLabel('Name, email, phone or CNIC').fill(`zargh ${run}wal`)
  await page.getByRole('button', { name: 'Search' }).click()
  const results = page.getByRole('table', { name: 'People matching the search' })
  await expect(results.getByRole('row')).toHaveCount(2)
  await expect(results).toContainText(`${cnic.slice(0, 5)}-*******-2`)
  await expect(results).not.toContainText(cnic)
  await page.goto(`/staff/people/search?q=${cnic.replace(/-/g, '')}`)
  await results.getByRole('link', { name: `Zarghuna ${run}walli` }).click()
  await expect(page.getByRole('heading', { name: `Zarghuna ${run}walli` })).toBeVisible()
  const apps = page.getByRole('table', { name: 'Applications' })
  await expect(apps).toContainText('Cycle 6')
  await expect(apps).toContainText('Not selected')

  // The seeded re-applicant: not selected in cycle 6, a fellow of cycle 7, now an alumna.
  await page.goto('/staff/people/search?q=mehwish+afridi')
  await results.getByRole('link', { name: 'Mehwish Afridi' }).click()
  await expect(apps.getByRole('row', { name: /Cycle 7/ })).toContainText('Re-applied after a rejection')
  await expect(page.getByRole('table', { name: 'Fellowships' })).toContainText('Completed')
  await expect(page.getByText('Khyber Pakhtunkhwa Information Technology Board')).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  // Her cycle 7 application, for staff, says she applied before and leads back here.
  await apps
    .getByRole('row', { name: /Cycle 7/ })
    .getByRole('link', { name: 'Open the application' })
    .click()
  await page.getByRole('link', { name: '1 other application, 1 not selected: see the history' }).click()
  await expect(page.getByRole('heading', { name: 'Mehwish Afridi' })).toBeVisible()

  // Without JavaScript: the same file posted whole imports again and changes nothing.
  const plainContext = await context(browser, { javaScriptEnabled: false })
  const plain = await plainContext.newPage()
  await loginAs(plain, 'STAFF')
  await plain.goto('/staff/people/import')
  await fill(plain, file('cycle6-again.csv', fixed))
  await plain.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(plain.getByText('Import finished')).toBeVisible()
  await expect(plain.getByText('0 added, 0 updated, 5 unchanged, 0 rows refused.').first()).toBeVisible()
  await plainContext.close()

  // On a phone, in Urdu: the page fits, and a bad row's errors are in Urdu.
  const phoneContext = await context(browser, { width: 390 })
  const phone = await phoneContext.newPage()
  await loginAs(phone, 'STAFF')
  await phoneContext.addCookies([{ name: LOCALE_COOKIE, value: 'ur', url: test.info().project.use.baseURL! }])
  await phone.goto('/staff/people/import')
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl')
  await fill(phone, file('cycle6.csv', [HEAD, bad[0]]))
  await phone.getByRole('button', { name: 'فائل جانچیں (آزمائشی درآمد)' }).click()
  await expect(phone.getByRole('table', { name: /غلطیوں والی قطاریں/ }).locator('tr[data-row="2"]')).toContainText('یہ ای میل پتہ نہیں۔')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(phone)
  await phone.goto('/staff/people/search?q=mehwish')
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await expectAccessible(phone)
  await phoneContext.close()

  // A reviewer cannot open either page.
  const reviewerContext = await context(browser)
  const reviewer = await reviewerContext.newPage()
  await loginAs(reviewer, 'REVIEWER')
  for (const path of ['/staff/people/search?q=mehwish', '/staff/people/import']) {
    await reviewer.goto(path)
    await expect(reviewer).not.toHaveURL(/\/staff\//)
    await expect(reviewer.getByText('Mehwish Afridi')).toHaveCount(0)
  }
  await reviewerContext.close()
})
