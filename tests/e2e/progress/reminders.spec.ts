// Issue 13: "Send reminders" emailed every fellow of the cycle while the board showed one
// department. Now it lists who will get an email (the department shown only) and asks once,
// on a page that works without JavaScript.
import { expect, loginAs, test } from '../support/fixtures'

test('staff see exactly who will be reminded, for the department shown, and confirm once', async ({ page: signedIn, browser }) => {
  await loginAs(signedIn, 'STAFF')
  // The rest without JavaScript: the confirmation is a page section and a plain form post.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
    baseURL: test.info().project.use.baseURL,
  })
  const page = await context.newPage()
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  // Agriculture: a department no other flow reminds, so its fellows are still waiting for one.
  await page.getByLabel(/^Department/).selectOption({ label: 'Agriculture & Livestock Department' })
  await page.getByRole('button', { name: 'Show' }).click()
  const shown = (await page.getByRole('rowheader').allInnerTexts()).map((s) => s.trim())

  await page.getByRole('link', { name: 'Send reminders' }).click()
  await expect(page).toHaveURL(/department=[0-9a-f-]+&remind=1/)
  const reminders = page.getByRole('region', { name: 'Send reminders' })
  const confirm = reminders.getByRole('button', { name: /^Send \d+ emails?$/ })
  await expect(reminders.getByText('Shown: Agriculture & Livestock Department.', { exact: false })).toBeVisible()
  const listed = await reminders.getByRole('listitem').allInnerTexts()
  const n = Number((await confirm.innerText()).match(/\d+/)![0])
  expect(n).toBeGreaterThan(0)
  expect(listed).toHaveLength(n)
  await expect(reminders.getByRole('heading', { name: new RegExp(`^Send reminders to ${n} fellows?\\?$`) })).toBeVisible()
  // Everyone listed is a fellow on the Agriculture board; nobody from elsewhere.
  const names = listed.map((item) => item.split(':')[0].trim())
  for (const name of names) expect(shown.some((row) => row.startsWith(name))).toBe(true)
  await confirm.click()
  await expect(page.getByText(new RegExp(`^Reminders sent: \\d+ missing updates?, to ${n} fellows?\\.$`))).toBeVisible()
  await expect(page).toHaveURL(/department=/)
  // The fellows of other departments were not emailed: they are still waiting, and those
  // just reminded are not listed again.
  await page.goto(page.url().replace(/\?.*$/, '?remind=1'))
  const others = await page.getByRole('region', { name: 'Send reminders' }).getByRole('listitem').allInnerTexts()
  expect(others.length).toBeGreaterThan(0)
  for (const name of names) expect(others.some((item) => item.startsWith(`${name}:`))).toBe(false)
  await page.goBack()
  // Asked again, nobody shown needs a new reminder: each period is reminded about once.
  await page.getByRole('link', { name: 'Send reminders' }).click()
  await expect(page.getByText('Nobody shown here needs a new reminder.')).toBeVisible()
  await context.close()
})
