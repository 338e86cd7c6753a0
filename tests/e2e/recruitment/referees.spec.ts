// Referees, walked in the browser: a new applicant to the KP call (which asks for two referees)
// saves a draft and names two referees; the first writes a letter through the emailed link in a
// browser without JavaScript, at a phone's width, and the link is then used up; the applicant
// sees "received" (never the letter) and replaces the second, whose link stops working while the
// new referee is emailed. Staff read a seeded letter on an application's page. The applicant's
// section and the referee's page pass axe in English and Urdu.
import { expect, expectAccessible, expectAccessibleInBothLanguages, loginAs, setLanguage, test } from '../support/fixtures'
import { linkFromMail } from '../support/mail'

const PASSWORD = 'a long enough password'
const LINK = /https?:\/\/\S+\/referee\/[A-Za-z0-9_-]+/

test('an applicant names two referees, one writes through the link, the other is replaced', async ({ page, browser }) => {
  test.setTimeout(480_000)
  const run = Math.random().toString(36).slice(2, 7)
  const applicant = { name: `Mehwish Afridi ${run}`, email: `mehwish-${run}@example.pk` }
  const first = { name: `Dr. Saima Nawaz ${run}`, email: `saima-${run}@example.pk`, relation: 'Final-year project supervisor' }
  const second = { name: `Imran Khattak ${run}`, email: `imran-${run}@example.pk`, relation: 'Manager at my last job' }
  const third = { name: `Nasreen Akhtar ${run}`, email: `nasreen-${run}@example.pk`, relation: 'Computer science teacher' }

  // ---- A new applicant signs up from the KP call and confirms their email.
  await page.goto('/calls/kp-government-innovation-fellowship')
  await page.getByRole('link', { name: 'Create an account to apply' }).click()
  await page.getByLabel('Full name').fill(applicant.name)
  await page.getByLabel('Email').fill(applicant.email)
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await page.getByLabel('Confirm password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText(/Check your email: we have sent a link/)).toBeVisible()
  const verify = await linkFromMail(applicant.email, /https?:\/\/\S+\/verify-email\?\S+/)
  await page.goto(verify.pathname + verify.search)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/apply\/cycles\//)
  const formUrl = page.url()

  // ---- Referees belong to an application: first a draft.
  const referees = page.getByRole('heading', { name: 'Referees' })
  await expect(referees).toBeVisible()
  await expect(page.getByText('Save a draft of your application first')).toBeVisible()
  await page.getByLabel('Full name').fill(applicant.name)
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Draft saved.', { exact: false })).toBeVisible()
  await page.goto(formUrl)
  await expect(page.getByText('0 of 2 named')).toBeVisible()

  // Submitting without referees is refused with the reason.
  const add = page.getByRole('form', { name: 'Add a referee' })
  const name = async (who: typeof first) => {
    await add.getByLabel('Name').fill(who.name)
    await add.getByLabel('Email').fill(who.email)
    await add.getByLabel('How they know you').fill(who.relation)
    await add.getByRole('button', { name: 'Add and email the referee' }).click()
  }
  // The applicant's own address is refused beside the field.
  await name({ ...first, email: applicant.email })
  await expect(add.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  await expect(add.getByText('A referee cannot be you').first()).toBeVisible()
  await name(first)
  await expect(page.getByText('1 of 2 named')).toBeVisible()
  await name(second)
  await expect(page.getByText('2 of 2 named')).toBeVisible()
  await expect(page.getByRole('form', { name: 'Add a referee' })).toHaveCount(0)
  const list = page.getByRole('list', { name: 'Your referees' })
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await expect(list.getByText('Requested', { exact: true })).toHaveCount(2)
  await expectAccessibleInBothLanguages(page)

  // ---- The first referee writes, on a phone, without JavaScript.
  const link = await linkFromMail(first.email, LINK)
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const referee = await noJs.newPage()
  await referee.goto(link.pathname)
  await expect(referee.getByRole('heading', { name: 'Letter of recommendation' })).toBeVisible()
  await expect(referee.getByText(applicant.name)).toBeVisible()
  await expect(referee.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  expect(await referee.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  // Nothing written: refused beside the letter, nothing used up.
  await referee.getByRole('button', { name: 'Send the letter' }).click()
  await expect(referee.getByText('Write your letter here or upload it as a file.').first()).toBeVisible()
  await referee
    .getByLabel('Your letter')
    .fill(
      `I supervised ${applicant.name}'s final-year project, an app for patients in district hospitals. Careful, kind and quick to learn.`,
    )
  await referee.getByRole('button', { name: 'Send the letter' }).click()
  await expect(referee.getByText('This letter has been received.')).toBeVisible()
  // The link is used up: opened again, it takes nothing more.
  await referee.goto(link.pathname)
  await expect(referee.getByRole('heading', { name: 'Letter received' })).toBeVisible()
  await expect(referee.getByRole('button', { name: 'Send the letter' })).toHaveCount(0)
  await noJs.close()

  // ---- The applicant sees "received", never the letter; replaces the second referee.
  await page.goto(formUrl)
  const firstItem = list.getByRole('listitem').filter({ hasText: first.name })
  await expect(firstItem.getByText('Received', { exact: true })).toBeVisible()
  await expect(page.getByText('Careful, kind and quick to learn')).toHaveCount(0)
  await expect(firstItem.getByRole('button', { name: 'Email the link again' })).toHaveCount(0)
  const oldLink = await linkFromMail(second.email, LINK)
  const secondItem = list.getByRole('listitem').filter({ hasText: second.name })
  await secondItem.getByText('Replace this referee').click()
  const replace = page.getByRole('form', { name: `Replace this referee: ${second.name}` })
  await replace.getByLabel('Name').fill(third.name)
  await replace.getByLabel('Email').fill(third.email)
  await replace.getByLabel('How they know you').fill(third.relation)
  await replace.getByRole('button', { name: 'Replace and email the new referee' }).click()
  await expect(list.getByText(third.name)).toBeVisible()
  await expect(list.getByText(second.name)).toHaveCount(0)
  await expect(list.getByRole('listitem')).toHaveCount(2)

  // The replaced referee's link says so and names nobody; the new referee's works, in Urdu too.
  const other = await (await browser.newContext()).newPage()
  await other.goto(oldLink.pathname)
  await expect(other.getByRole('heading', { name: 'This link does not work' })).toBeVisible()
  await expect(other.getByText(applicant.name)).toHaveCount(0)
  const newLink = await linkFromMail(third.email, LINK)
  await other.goto(newLink.pathname)
  await expect(other.getByRole('heading', { name: 'Letter of recommendation' })).toBeVisible()
  await expectAccessible(other)
  await setLanguage(other, 'ur')
  await expect(other.getByRole('heading', { name: 'سفارشی خط' })).toBeVisible()
  await expectAccessible(other)
  await other.context().close()

  // ---- Staff read a seeded letter on an application of the cycle.
  const staff = await (await browser.newContext()).newPage()
  await loginAs(staff, 'STAFF')
  await staff.goto('/staff/cycles')
  await staff.getByRole('link', { name: 'Cycle 8 (2027)' }).first().click()
  await staff.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await expect(staff.getByRole('heading', { name: 'Recruitment: Cycle 8 (2027)' })).toBeVisible()
  // Most seeded applications in review have a letter in; which comes first on the board depends
  // on the rest of the demo, so open them in turn until one shows its letter.
  const board = `${staff.url()}?stage=REVIEW`
  let letterShown = false
  for (let row = 1; row <= 6 && !letterShown; row++) {
    await staff.goto(board)
    await staff.getByRole('table', { name: 'Applications' }).getByRole('row').nth(row).getByRole('link').first().click()
    await expect(staff.getByRole('heading', { name: 'Letters of recommendation' })).toBeVisible()
    letterShown = (await staff.getByText(/For blind review/).count()) > 0
  }
  expect(letterShown, 'a received letter, with its blind-review version, on one of the first applications in review').toBe(true)
  await staff.context().close()
})
