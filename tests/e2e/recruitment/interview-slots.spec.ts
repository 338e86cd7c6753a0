// Interview times and the waitlist as people walk them (issue 16), on the seeded KP cycle 8.
// An invited applicant books a time, gets it by email with the .ics attached and from her
// portal, moves it, and staff see who booked what; on a phone, in Urdu and without JavaScript
// another books a time, and a third, whose page still offered that time, is told it was just
// taken. Then an offer is declined and staff offer the freed place to the first on the waitlist
// in one step, confirmed by them, and the list moves up.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { LOCALE_COOKIE } from '../../../lib/i18n/config'
import { expect, expectAccessibleInBothLanguages, loginAs, signIn, test } from '../support/fixtures'
import { mailCount, mailDropDir } from '../support/mail'

const CYCLE = 'Cycle 8 (2027)'
const CALL = `KP Government Innovation Fellowship — ${CYCLE}`
const BILAL = 'bilal.ahmad.khan@mail.example'
const AYESHA = 'ayesha.siddiqa@mail.example'
const ZUBAIR = 'zubair.hussain@mail.example'
const USMAN = 'usman.ghani@mail.example'

function newestMailTo(to: string) {
  const files = readdirSync(mailDropDir()).sort()
  const texts = files.map((f) => readFileSync(path.join(mailDropDir(), f), 'utf8')).filter((t) => t.split('\n', 1)[0] === `To: ${to}`)
  return texts.at(-1) ?? ''
}

async function context(browser: Browser, o: { javaScriptEnabled?: boolean; width?: number } = {}) {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: { width: o.width ?? 1280, height: 900 },
  })
}

async function openMyApplication(page: Page, email: string) {
  await signIn(page, email)
  await page.goto('/apply')
  await page.getByRole('link', { name: CALL }).click()
  await expect(page.getByRole('heading', { name: 'Application to KP Government Innovation Fellowship' })).toBeVisible()
}

async function openRecruitment(page: Page, section: string) {
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: CYCLE }).click()
  await page.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await page.getByRole('navigation', { name: 'Recruitment sections' }).getByRole('link', { name: section, exact: true }).click()
}

test('an invited applicant books an interview time, gets the .ics by email and from her portal, and moves it; staff see who booked', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000)
  await openMyApplication(page, BILAL)
  await expect(page.getByText('You are invited to interview.', { exact: false })).toBeVisible()
  const book = page.getByRole('form', { name: 'Open times' })
  const options = await book.getByLabel('Choose a time').locator('option').allInnerTexts()
  const first = options[1]
  const before = mailCount(BILAL)
  await book.getByLabel('Choose a time').selectOption({ label: first })
  await book.getByRole('button', { name: 'Book this time' }).click()
  await expect(page.getByText('Booked. A confirmation with a calendar file is on its way to your email.')).toBeVisible()
  await expect(page.getByText(/^Booked: /)).toBeVisible()
  // The email carries the calendar file; the portal offers it too.
  await expect.poll(() => mailCount(BILAL)).toBeGreaterThan(before)
  const mail = newestMailTo(BILAL)
  expect(mail).toContain('Subject: Interview booked')
  expect(mail).toMatch(/--- Attachment: daftar-interview-\d{4}-\d{2}-\d{2}\.ics \(text\/calendar/)
  expect(mail).toContain('BEGIN:VCALENDAR')
  const ics = await page.request.get(
    await page
      .getByRole('link', { name: 'Add to your calendar (.ics)' })
      .getAttribute('href')
      .then((h) => h!),
  )
  expect(ics.status()).toBe(200)
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  expect(await ics.text()).toContain('SEQUENCE:0')
  await expectAccessibleInBothLanguages(page)

  // Moving it: another open time, confirmed by a new email and a newer calendar copy.
  const move = page.getByRole('form', { name: 'Move to another time' })
  const later = (await move.getByLabel('Choose a time').locator('option').allInnerTexts())[2]
  await move.getByLabel('Choose a time').selectOption({ label: later })
  await move.getByRole('button', { name: 'Move my interview' }).click()
  await expect(page.getByText('Moved. The new time is confirmed by email, with an updated calendar file.')).toBeVisible()
  await expect.poll(() => newestMailTo(BILAL)).toContain('Subject: Interview moved')
  const moved = await page.request.get(`${new URL(page.url()).pathname}/ics`)
  expect(await moved.text()).toContain('SEQUENCE:1')

  // Staff see who booked which time, with its panel.
  const staffCtx = await context(browser)
  const staff = await staffCtx.newPage()
  await loginAs(staff, 'STAFF')
  await openRecruitment(staff, 'Interview times')
  await expect(staff.getByRole('heading', { name: `Interview times: ${CYCLE}` })).toBeVisible()
  const row = staff.getByRole('table', { name: 'Interview times of this cycle' }).getByRole('row').filter({ hasText: 'Bilal Ahmad Khan' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Ibraheem Afridi')
  await expectAccessibleInBothLanguages(staff)
  await staffCtx.close()
})

test('on a phone, in Urdu and without JavaScript, an applicant books a time; another whose page still offered it is told it was just taken', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const [ctxA, ctxZ] = [
    await context(browser, { javaScriptEnabled: false, width: 390 }),
    await context(browser, { javaScriptEnabled: false, width: 390 }),
  ]
  const [ayesha, zubair] = [await ctxA.newPage(), await ctxZ.newPage()]
  await openMyApplication(ayesha, AYESHA)
  await openMyApplication(zubair, ZUBAIR)
  // Urdu from here on (the phone's menu hides the language button; the cookie is what it sets).
  for (const [ctx, p] of [
    [ctxA, ayesha],
    [ctxZ, zubair],
  ] as const) {
    await ctx.addCookies([{ name: LOCALE_COOKIE, value: 'ur', url: test.info().project.use.baseURL! }])
    await p.reload()
    await expect(p.locator('html')).toHaveAttribute('dir', 'rtl')
  }
  const formA = ayesha.getByRole('form', { name: 'خالی اوقات' })
  const formZ = zubair.getByRole('form', { name: 'خالی اوقات' })
  const time = (await formA.getByLabel('وقت چنیں').locator('option').allInnerTexts())[1]
  await formA.getByLabel('وقت چنیں').selectOption({ label: time })
  await formZ.getByLabel('وقت چنیں').selectOption({ label: time })
  await formA.getByRole('button', { name: 'یہ وقت چنیں' }).click()
  await expect(ayesha.getByText('وقت طے ہو گیا۔', { exact: false })).toBeVisible()
  await expect(ayesha.getByText(/^طے شدہ: /)).toBeVisible()
  await formZ.getByRole('button', { name: 'یہ وقت چنیں' }).click()
  await expect(zubair.getByText('یہ وقت ابھی ابھی کسی اور نے چن لیا۔ براہ کرم کوئی اور وقت چنیں۔').first()).toBeVisible()
  // Nothing spills sideways on the phone.
  for (const p of [ayesha, zubair]) expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await ctxA.close()
  await ctxZ.close()
})

test('an offer is declined, and staff offer the freed place to the first on the waitlist in one step', async ({ page, browser }) => {
  test.setTimeout(240_000)
  // Staff see the waitlist ranked, and nothing goes out by itself.
  await loginAs(page, 'STAFF')
  await openRecruitment(page, 'Waitlist')
  await expect(page.getByRole('heading', { name: `Waitlist: ${CYCLE}` })).toBeVisible()
  const list = page.getByRole('table', { name: 'Ranked waitlist' })
  await expect(list.getByRole('row').nth(1)).toContainText('Farhan Ali')
  await expect(list.getByRole('row').nth(2)).toContainText('Nida Shah')

  // The applicant holding an offer declines it.
  const usmanCtx = await context(browser)
  const usman = await usmanCtx.newPage()
  await openMyApplication(usman, USMAN)
  await usman.getByRole('button', { name: 'Decline the offer' }).click()
  await expect(usman.getByText('Declined', { exact: true }).first()).toBeVisible()
  await usmanCtx.close()

  // Staff are proposed the first on the list on the offers page, and confirm in one step.
  await openRecruitment(page, 'Offers and cohort')
  const free = page.getByRole('region', { name: 'A place is free' })
  await expect(free).toContainText('A place is free: offer it to Farhan Ali (rank 1).')
  const farhanMails = mailCount('farhan.ali@mail.example')
  await free.getByRole('button', { name: 'Offer the place' }).click()
  await expect(page.getByText('Offer sent. The next on the list moved up.')).toBeVisible()
  await expect.poll(() => mailCount('farhan.ali@mail.example')).toBeGreaterThan(farhanMails)
  expect(newestMailTo('farhan.ali@mail.example')).toContain('Congratulations')
  // The list moved up: Nida Shah is first now, and is the one proposed next.
  await openRecruitment(page, 'Waitlist')
  await expect(list.getByRole('row').nth(1)).toContainText('Nida Shah')
  await expect(page.getByRole('region', { name: 'A place is free' })).toContainText('offer it to Nida Shah (rank 1)')
  await expectAccessibleInBothLanguages(page)
})
