// The public call page is cached by each server process (lib/server/public-cache.ts), and this
// server runs two of them on PostgreSQL, as `npm start` does. A visitor who has the page open
// while staff change the call sees the change at the next load, on whichever process answers,
// in English and in Urdu; and again when staff change it back.
import { expect, loginAs, setLanguage, test } from '../support/fixtures'

const CALL = '/calls/kp-government-innovation-fellowship'

test('staff change the call text and every visitor sees it at the next load, in both languages', async ({ browser }) => {
  test.setTimeout(180_000)
  const run = Math.random().toString(36).slice(2, 7)
  const visitor = await (await browser.newContext()).newPage()
  await visitor.goto(CALL)
  const about = visitor.getByText(/^Twenty fellows will spend twelve months/)
  await expect(about).toBeVisible()
  // Every server process has read the call by now: each keeps a copy.
  for (let i = 0; i < 4; i++) await visitor.reload()

  const staff = await (await browser.newContext()).newPage()
  await loginAs(staff, 'STAFF')
  await staff.goto('/staff/programmes')
  await staff.getByRole('link', { name: 'KP Government Innovation Fellowship' }).click()
  await staff.getByRole('link', { name: 'Cycle 8 (2027)' }).first().click()
  await staff.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await staff.getByRole('link', { name: 'Call and form' }).click()
  const settings = staff.getByRole('form', { name: 'Dates and review settings' })
  const english = settings.getByLabel('About this call (English)')
  const urdu = settings.getByLabel('About this call (Urdu)')
  const [originalEn, originalUr] = [await english.inputValue(), await urdu.inputValue()]

  const changedEn = `Interviews for this call (${run}) are held in Peshawar and online.`
  const changedUr = `اس کال (${run}) کے انٹرویو پشاور میں اور آن لائن ہوں گے۔`
  await english.fill(changedEn)
  await urdu.fill(changedUr)
  await settings.getByRole('button', { name: 'Save' }).click()
  await expect(staff.getByText('Call settings saved.')).toBeVisible()

  // Four loads in a row: each server process answers at least once, none with the old text.
  for (let i = 0; i < 4; i++) {
    await visitor.reload()
    await expect(visitor.getByText(changedEn)).toBeVisible()
    await expect(about).toHaveCount(0)
  }
  await setLanguage(visitor, 'ur')
  for (let i = 0; i < 2; i++) {
    await visitor.reload()
    await expect(visitor.getByText(changedUr)).toBeVisible()
  }

  // Changed back: seen at once too.
  await english.fill(originalEn)
  await urdu.fill(originalUr)
  await settings.getByRole('button', { name: 'Save' }).click()
  await expect(staff.getByText('Call settings saved.')).toBeVisible()
  await setLanguage(visitor, 'en')
  for (let i = 0; i < 4; i++) {
    await visitor.reload()
    await expect(about).toBeVisible()
    await expect(visitor.getByText(changedEn)).toHaveCount(0)
  }
})
