// Recruitment end to end, built through the UI on a new TECH-NIH cycle: staff open a call with
// questions, a rule and a rubric; a new applicant signs up from the public call page, confirms
// their email, saves a draft and submits (a 50 MB file and a missing answer are explained);
// two reviewers (the demo reviewer and one invited now) score it blind; staff interview and
// offer; the applicant accepts and appears as a fellow of the cycle. Every page visited passes
// axe in English and Urdu.
import { writeFileSync, truncateSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { toKarachiLocal } from '../../../lib/i18n/format'
import { expect, expectAccessibleInBothLanguages, loginAs, setLanguage, test } from '../support/fixtures'
import { linkFromMail } from '../support/mail'

const DAY = 86_400_000
const PASSWORD = 'a long enough password'

async function fresh(browser: Browser) {
  return (await browser.newContext()).newPage()
}

test('an applicant applies, two reviewers score blind, staff interview and offer, and the applicant joins the cycle', async ({
  browser,
}) => {
  test.setTimeout(600_000)
  const run = Math.random().toString(36).slice(2, 7)
  const cycleName = `NIH cohort ${run}`
  const applicant = { name: `Zarmina Afridi ${run}`, email: `zarmina-${run}@example.pk` }
  const second = { name: `Bakhtawar Jan ${run}`, email: `bakhtawar-${run}@example.pk` }

  // ---- Staff create the cycle and open its call.
  const staff = await fresh(browser)
  await loginAs(staff, 'STAFF')
  await staff.goto('/staff/programmes')
  await staff.getByRole('link', { name: 'TECH-NIH Fellowship' }).click()
  await staff.getByRole('link', { name: 'New cycle' }).click()
  await staff.getByLabel('Cycle number').fill(String(100 + Math.floor(Math.random() * 800)))
  await staff.getByLabel('Name', { exact: true }).fill(cycleName)
  await staff.getByLabel('Target number of fellows').fill('6')
  await staff.getByLabel('Applications open').fill(toKarachiLocal(new Date(Date.now() - DAY)))
  await staff.getByLabel('Applications close').fill(toKarachiLocal(new Date(Date.now() + 30 * DAY)))
  await staff.getByRole('button', { name: 'Create' }).click()
  await expect(staff.getByRole('heading', { name: cycleName })).toBeVisible()
  await staff.getByRole('button', { name: 'Move to Recruiting' }).click()
  await expect(staff.getByRole('button', { name: 'Move to Selecting' })).toBeVisible()
  await staff.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await expect(staff.getByRole('heading', { name: `Recruitment: ${cycleName}` })).toBeVisible()
  await expectAccessibleInBothLanguages(staff)
  const board = staff.url()

  await staff.getByRole('link', { name: 'Call and form' }).click()
  await expect(staff.getByRole('heading', { name: `Call and form: ${cycleName}` })).toBeVisible()
  await expectAccessibleInBothLanguages(staff)
  const add = staff.getByRole('form', { name: 'Add question' })
  const addQuestion = async (q: {
    key: string
    type: string
    en: string
    ur: string
    options?: string
    required?: boolean
    personal?: boolean
  }) => {
    await add.getByLabel('Key').fill(q.key)
    await add.getByLabel('Type of answer').selectOption({ label: q.type })
    await add.getByLabel('Question (English)').fill(q.en)
    await add.getByLabel('Question (Urdu)').fill(q.ur)
    if (q.options) await add.getByLabel('Options (for choice questions)').fill(q.options)
    if (q.required) await add.getByLabel('Required', { exact: true }).check()
    if (q.personal) await add.getByLabel('Personal or identifying', { exact: true }).check()
    await add.getByRole('button', { name: 'Add question' }).click()
    await expect(staff.locator('code', { hasText: new RegExp(`^${q.key}$`) })).toBeVisible()
  }
  // A key with a space is explained beside the field.
  await add.getByLabel('Key').fill('Full Name')
  await add.getByLabel('Question (English)').fill('Full name')
  await add.getByLabel('Question (Urdu)').fill('پورا نام')
  await add.getByRole('button', { name: 'Add question' }).click()
  await expect(add.getByText(/Use letters and digits only/)).toBeVisible()
  await expect(add.getByLabel('Key')).toHaveAttribute('aria-invalid', 'true')
  await addQuestion({ key: 'fullName', type: 'Short text', en: 'Full name', ur: 'پورا نام', required: true, personal: true })
  await addQuestion({
    key: 'gender',
    type: 'Single choice',
    en: 'Gender',
    ur: 'جنس',
    options: 'FEMALE | Female | خاتون\nMALE | Male | مرد',
    required: true,
  })
  await addQuestion({ key: 'motivation', type: 'Long text', en: 'Why this fellowship?', ur: 'یہ فیلوشپ کیوں؟', required: true })
  await addQuestion({ key: 'cv', type: 'File upload', en: 'CV', ur: 'سی وی' })

  const rules = staff.getByRole('form', { name: 'Eligibility rules' })
  await rules.getByRole('group', { name: 'Gender' }).getByLabel('Female').check()
  await rules.getByRole('button', { name: 'Save rules' }).click()
  await expect(staff.getByText('Eligibility rules saved.')).toBeVisible()

  const crit = staff.getByRole('form', { name: 'Add criterion' })
  for (const c of [
    { name: 'Public-health problem solving', weight: '3' },
    { name: 'Motivation', weight: '1' },
  ]) {
    await crit.getByLabel('Criterion (English)').fill(c.name)
    await crit.getByLabel('Weight').fill(c.weight)
    await crit.getByLabel('A score of 1 means').fill('No evidence')
    await crit.getByLabel('A score of 5 means').fill('Outstanding, with examples')
    await crit.getByRole('button', { name: 'Add criterion' }).click()
    await expect(staff.getByText(c.name, { exact: true }).first()).toBeVisible()
  }
  await expectAccessibleInBothLanguages(staff)

  // ---- A new applicant finds the call, signs up and confirms their email.
  const app = await fresh(browser)
  await app.goto('/calls/tech-nih-fellowship')
  await expect(app.getByRole('heading', { name: `Applications are open: ${cycleName}` })).toBeVisible()
  await expect(app.getByText('Why this fellowship?')).toBeVisible()
  await expectAccessibleInBothLanguages(app)
  await app.getByRole('link', { name: 'Create an account to apply' }).click()
  await app.getByLabel('Full name').fill(applicant.name)
  await app.getByLabel('Email').fill(applicant.email)
  await app.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await app.getByLabel('Confirm password').fill(PASSWORD)
  await app.getByRole('button', { name: 'Create account' }).click()
  await expect(app.getByText(/Check your email: we have sent a link/)).toBeVisible()
  const verify = await linkFromMail(applicant.email, /https?:\/\/\S+\/verify-email\?\S+/)
  await app.goto(verify.pathname + verify.search)
  await app.getByRole('button', { name: 'Continue' }).click()
  await expect(app).toHaveURL(/\/apply\/cycles\//)
  await expect(app.getByRole('heading', { name: 'TECH-NIH Fellowship: application' })).toBeVisible()
  await expectAccessibleInBothLanguages(app)

  // A 50 MB CV is refused in the browser with a clear message, before any upload.
  const dir = mkdtempSync(path.join(tmpdir(), 'daftar-e2e-'))
  const huge = path.join(dir, 'huge-cv.pdf')
  writeFileSync(huge, '%PDF-1.7\n')
  truncateSync(huge, 50 * 1024 * 1024)
  await app.getByLabel('CV').setInputFiles(huge)
  await expect(app.getByText('This file is 50 MB, over the 10 MB limit.', { exact: false })).toBeVisible()
  await expect(app.getByLabel('CV')).toHaveAttribute('aria-invalid', 'true')

  await app.getByLabel('Full name').fill(applicant.name)
  await app.getByLabel('Gender').selectOption({ label: 'Female' })
  await app.getByRole('button', { name: 'Save draft' }).click()
  await expect(app.getByText('Draft saved.', { exact: false })).toBeVisible()
  // Coming back later, the draft is there.
  await app.goto('/apply')
  await expectAccessibleInBothLanguages(app)
  await app.getByRole('link', { name: `TECH-NIH Fellowship — ${cycleName}` }).click()
  await expect(app.getByLabel('Full name')).toHaveValue(applicant.name)
  // Submitting without a required answer is refused beside it, nothing lost.
  await app.getByRole('button', { name: 'Submit application' }).click()
  await expect(app.getByText('Your application was not submitted. Correct the marked answers.')).toBeVisible()
  await expect(app.getByLabel('Why this fellowship?')).toHaveAttribute('aria-invalid', 'true')
  await app
    .getByLabel('Why this fellowship?')
    .fill('I want to help the National Institute of Health see outbreaks early, with data from district labs.')
  const cv = path.join(dir, 'cv.pdf')
  writeFileSync(cv, '%PDF-1.7\n% a short CV\n')
  await app.getByLabel('CV').setInputFiles(cv)
  await app.getByRole('button', { name: 'Submit application' }).click()
  await expect(app).toHaveURL(/\/apply\/applications\//)
  await expect(app.getByText('We have your application. Screening comes next.')).toBeVisible()
  await expectAccessibleInBothLanguages(app)

  // ---- Staff invite a second volunteer reviewer.
  await staff.goto('/staff/people')
  const invite = staff.getByRole('form', { name: 'Invite someone' })
  await invite.getByLabel('Full name').fill(second.name)
  await invite.getByLabel('Email').fill(second.email)
  await invite.getByLabel('Role').selectOption('REVIEWER')
  await invite.getByRole('button', { name: 'Invite someone' }).click()
  await expect(staff.getByText('Invitation sent.')).toBeVisible()
  const inviteLink = await linkFromMail(second.email, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)
  const rev2 = await fresh(browser)
  await rev2.goto(inviteLink.pathname)
  await rev2.getByLabel('Password', { exact: true }).fill(PASSWORD)
  await rev2.getByLabel('Confirm password').fill(PASSWORD)
  await rev2.getByRole('button', { name: 'Create my account' }).click()
  await expect(rev2).toHaveURL(/\/review$/)

  // ---- Staff find the application on the board, move it to Review and assign two reviewers.
  await staff.goto(board)
  await staff.getByLabel('Search by name or email').fill(applicant.name)
  await staff.getByRole('button', { name: 'Filter' }).click()
  await expect(staff.getByRole('table', { name: 'Applications' }).getByRole('row')).toHaveCount(2)
  await expectAccessibleInBothLanguages(staff)
  await staff.getByRole('link', { name: applicant.name }).click()
  await expect(staff.getByRole('heading', { name: `Application: ${applicant.name}` })).toBeVisible()
  await expect(staff.getByText('Meets the rules')).toBeVisible()
  await staff.getByRole('form', { name: 'Stage' }).getByLabel('Move to').selectOption({ label: 'Review' })
  await staff.getByRole('button', { name: 'Move application' }).click()
  await expect(staff.getByText('Application moved; the applicant has been emailed.')).toBeVisible()
  const detail = staff.url()
  for (const name of ['Ibraheem Afridi', second.name]) {
    await staff.getByRole('combobox', { name: 'Assign a reviewer' }).selectOption({ label: `${name} (0 in this cycle)` })
    await staff.getByRole('button', { name: 'Assign', exact: true }).click()
    await expect(staff.getByRole('listitem').filter({ hasText: name }).getByText('To do')).toBeVisible()
  }
  await expectAccessibleInBothLanguages(staff)

  // ---- Both reviewers score blind; the second sees the first's scores after submitting.
  const rev1 = await fresh(browser)
  await loginAs(rev1, 'REVIEWER')
  const score = async (page: Page, marks: [string, string], expectOthers: boolean) => {
    await page.goto('/review')
    await page
      .getByRole('row')
      .filter({ hasText: cycleName })
      .getByRole('link', { name: /^Open application/ })
      .click()
    await expect(page.getByText('Blind review: the applicant’s name', { exact: false })).toBeVisible()
    await expect(page.getByText(applicant.name)).toHaveCount(0)
    await expect(page.getByText('Why this fellowship?')).toBeVisible()
    await expectAccessibleInBothLanguages(page)
    await page.getByRole('button', { name: 'Submit review' }).click()
    await expect(page.getByText('Score this criterion before submitting.').first()).toBeVisible()
    await page
      .getByRole('group', { name: 'Public-health problem solving (weight 3)' })
      .getByRole('radio', { name: new RegExp(`^${marks[0]}`) })
      .check()
    await page
      .getByRole('group', { name: 'Motivation (weight 1)' })
      .getByRole('radio', { name: new RegExp(`^${marks[1]}`) })
      .check()
    await page.getByLabel('Overall comment').fill('Clear, specific motivation.')
    await page.getByRole('button', { name: 'Submit review' }).click()
    // The scoring form gives way to the submitted review.
    await expect(page.getByRole('heading', { name: 'Your review' })).toBeVisible()
    if (expectOthers) await expect(page.getByRole('heading', { name: /^Reviewer 1/ })).toBeVisible()
    else await expect(page.getByText('No other reviewer has submitted yet.')).toBeVisible()
    await expectAccessibleInBothLanguages(page)
  }
  await score(rev1, ['4', '5'], false)
  await score(rev2, ['2', '3'], true)

  // ---- Staff see the aggregate, interview the applicant and make an offer.
  await staff.goto(detail)
  await expect(staff.getByText('Weighted mean 3.25, spread 2')).toBeVisible()
  await expect(staff.getByText('Reviewers disagree: worth a second look')).toBeVisible()
  const schedule = staff.getByRole('form', { name: 'Schedule an interview' })
  await schedule.getByLabel('Date and time').fill(toKarachiLocal(new Date(Date.now() - DAY)))
  await schedule.getByLabel('Mode').selectOption('VIDEO')
  await schedule.getByLabel('Place, link or number').fill('Video call: https://meet.example.pk/nih-panel (PIN 4411)')
  await schedule.getByRole('group', { name: 'Panel' }).getByLabel(second.name).check()
  await schedule.getByRole('button', { name: 'Schedule and notify' }).click()
  await expect(schedule.getByText('Choose a time in the future.').first()).toBeVisible()
  await schedule.getByLabel('Date and time').fill(toKarachiLocal(new Date(Date.now() + 2 * DAY)))
  await schedule.getByRole('button', { name: 'Schedule and notify' }).click()
  await expect(staff.getByText('Interview scheduled; the applicant and the panel have been emailed.')).toBeVisible()

  // ---- The applicant's portal shows when, how and where: the link followable (http(s) only, a
  // safe rel), in English and Urdu, and at 390 px without scrolling sideways.
  const meetUrl = 'https://meet.example.pk/nih-panel'
  await app.goto('/apply')
  // Found by the meeting link, which reads the same in both languages (the call's name does not).
  const mine = app.getByRole('listitem').filter({ has: app.getByRole('link', { name: meetUrl }) })
  await expect(mine.getByText(/^Interview: .+ \(Pakistan time\), Video call/)).toBeVisible()
  await expect(mine.getByText(/^Where: Video call: .* \(PIN 4411\)$/)).toBeVisible()
  const meet = mine.getByRole('link', { name: meetUrl })
  await expect(meet).toHaveAttribute('href', meetUrl)
  await expect(meet).toHaveAttribute('rel', 'noopener noreferrer nofollow')
  const fitsPhone = async () => {
    const desk = app.viewportSize()!
    await app.setViewportSize({ width: 390, height: 844 })
    await expect(meet).toBeVisible()
    expect(await app.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)
    await app.setViewportSize(desk)
  }
  await fitsPhone()
  await setLanguage(app, 'ur')
  await expect(mine.getByText(/^انٹرویو: .+ \(پاکستانی وقت\)، ویڈیو کال/)).toBeVisible()
  await expect(mine.getByText(/^کہاں:/)).toBeVisible()
  await expect(meet).toHaveAttribute('href', meetUrl)
  await fitsPhone()
  await setLanguage(app, 'en')
  await mine.getByRole('link', { name: `TECH-NIH Fellowship — ${cycleName}` }).click()
  const interview = app.locator('section', { has: app.getByRole('heading', { name: 'Your interview' }) })
  await expect(interview.getByRole('link', { name: meetUrl })).toHaveAttribute('href', meetUrl)
  await expect(interview.getByText(/^Where: Video call:/)).toBeVisible()
  await expectAccessibleInBothLanguages(app)
  await staff.getByText(/^Scorecard:/).click()
  const card = staff.getByRole('form', { name: 'Scorecard' })
  for (const label of ['Communication', 'Problem solving', 'Motivation', 'Fit for work in government'])
    await card.getByLabel(label).selectOption('4')
  await card.getByLabel('Recommendation').selectOption({ label: 'Recommend' })
  await card.getByRole('button', { name: 'Save scorecard' }).click()
  await expect(staff.getByText('Scorecard saved.')).toBeVisible()
  const offer = staff.getByRole('form', { name: 'Extend an offer' })
  await offer.getByLabel('Answer by').fill(toKarachiLocal(new Date(Date.now() + 7 * DAY)))
  await offer.getByLabel('Message with the offer').fill('Your placement will be with the NIH surveillance team in Islamabad.')
  await offer.getByRole('button', { name: 'Send offer' }).click()
  await expect(staff.getByText('Waiting for answer')).toBeVisible()
  await expectAccessibleInBothLanguages(staff)

  // ---- The applicant accepts in their portal.
  await app.goto('/apply')
  await expect(app.getByText(/An offer is waiting for your answer/)).toBeVisible()
  await app.getByRole('link', { name: `TECH-NIH Fellowship — ${cycleName}` }).click()
  await expect(app.getByText('Your placement will be with the NIH surveillance team in Islamabad.')).toBeVisible()
  await expectAccessibleInBothLanguages(app)
  await app.getByRole('button', { name: 'Accept the offer' }).click()
  await expect(app.getByText(/You are now a fellow of this cycle/)).toBeVisible()
  await expect(app.getByText('You accepted your place. Welcome to the programme!')).toBeVisible()

  // ---- Staff see the new fellow in the cycle, counted against the target.
  await staff.goto(`${board}/offers`)
  await expect(staff.getByRole('heading', { name: 'Fellows: 1 of 6' })).toBeVisible()
  await expect(staff.getByRole('table', { name: 'Fellows of this cycle' }).getByText(applicant.name)).toBeVisible()
  await expectAccessibleInBothLanguages(staff)
  await staff.goto(board.replace(/\/recruitment$/, ''))
  await expect(staff.getByText('1 / 6')).toBeVisible()
  // Close the call so later runs find their own cycle on the public page.
  await staff.getByRole('button', { name: 'Move to Selecting' }).click()
  await expect(staff.getByRole('button', { name: 'Move to Placing' })).toBeVisible()
})
