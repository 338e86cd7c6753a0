// Staff-only notes and tags, one applicant's deadline, and carrying a cycle over (issue 16),
// as people walk them. Staff set up a new cycle by copying an earlier one's call form and
// rubric, open its call and let it close; then, without JavaScript, give one person until
// the day after tomorrow with a reason. That person (on a phone, in Urdu) is told so in her
// portal and submits after the call closed; another applicant finds the call closed. Staff
// note and tag an application of the seeded KP cycle 8 and find it on the board by the tag;
// the reviewer's pages never show a tag. Staff carry cycle 7's standard deliverables and
// metrics over to a new cycle and change them there.
import type { Browser, Page } from '@playwright/test'
import { expect, expectAccessible, expectAccessibleInBothLanguages, loginAs, signIn, test } from '../support/fixtures'
import { LOCALE_COOKIE } from '../../../lib/i18n/config'
import { mailCount } from '../support/mail'
import { toKarachiLocal } from '../../../lib/i18n/format'

// A step that cannot happen fails in seconds, not at the test's timeout.
test.use({ actionTimeout: 20_000, navigationTimeout: 30_000 })

const HOUR = 3_600_000
const LUCKY = 'wagma.jadoon@mail.example'
const OTHER = 'hassan.kakakhel@mail.example'

async function context(browser: Browser, o: { javaScriptEnabled?: boolean; width?: number } = {}) {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: { width: o.width ?? 1280, height: 900 },
  })
}

/** Staff create a TECH-NIH cycle copying the checked parts of an earlier cycle; returns its id. */
async function newCycleFrom(page: Page, o: { name: string; from: string; parts: string[]; open?: Date; close?: Date }) {
  await page.goto('/staff/programmes')
  await page.getByRole('link', { name: 'TECH-NIH Fellowship' }).click()
  await page.getByRole('link', { name: 'New cycle' }).click()
  await page.getByLabel('Cycle number').fill(String(100 + Math.floor(Math.random() * 800)))
  await page.getByLabel('Name', { exact: true }).fill(o.name)
  await page.getByLabel('Target number of fellows').fill('6')
  if (o.open) await page.getByLabel('Applications open').fill(toKarachiLocal(o.open))
  if (o.close) await page.getByLabel('Applications close').fill(toKarachiLocal(o.close))
  await page.getByLabel('Earlier cycle').selectOption({ label: o.from })
  const all = [
    'Application form (questions)',
    'Review rubric',
    'Eligibility rules',
    'Reporting cadence and grace days',
    'Standard deliverables',
    'Standard metrics',
  ]
  for (const part of all) {
    const box = page.getByLabel(part, { exact: true })
    if (o.parts.includes(part)) await box.check()
    else await box.uncheck()
  }
  await page.getByLabel(/^Call description, reviews per application/).uncheck()
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { name: o.name })).toBeVisible()
  await expect(page.getByText(`Set up from ${o.from}`)).toBeVisible()
  return page.url().split('/').pop()!
}

test('staff extend one applicant’s deadline without JavaScript; she submits after the call closed, on a phone in Urdu, while another cannot', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  const name = `Extension walk ${Date.now().toString(36)}`
  await loginAs(page, 'STAFF')
  // The call ran for ten days and closed an hour ago; its form is KP cycle 8's.
  const cycleId = await newCycleFrom(page, {
    name,
    from: 'KP Government Innovation Fellowship — Cycle 8 (2027)',
    parts: ['Application form (questions)', 'Review rubric'],
    open: new Date(Date.now() - 240 * HOUR),
    close: new Date(Date.now() - HOUR),
  })
  await page.getByRole('button', { name: 'Move to Recruiting' }).click()
  await expect(page.getByRole('button', { name: 'Move to Selecting' })).toBeVisible()
  await page.goto(`/staff/cycles/${cycleId}/recruitment/call`)
  await expect(page.getByText('Full name (as on your CNIC)').first()).toBeVisible()

  // ---- Staff, without JavaScript: the extensions page, a refusal beside the field, then the grant.
  const plain = await context(browser, { javaScriptEnabled: false })
  const staff = await plain.newPage()
  await loginAs(staff, 'STAFF')
  await staff.goto(`/staff/cycles/${cycleId}/recruitment`)
  await staff.getByRole('link', { name: 'Deadline extensions' }).click()
  await expect(staff.getByRole('heading', { name: 'Deadline extensions' })).toBeVisible()
  await expect(staff.getByText('No extensions in this cycle.')).toBeVisible()
  const grant = staff.getByRole('form', { name: 'Extend one person’s deadline' })
  await grant.getByLabel('Applicant’s email').fill(LUCKY)
  await grant.getByLabel('New deadline').fill(toKarachiLocal(new Date(Date.now() - 2 * HOUR)))
  await grant.getByLabel('Reason').fill('Her CNIC copy was lost in the post; the registrar confirmed it is being reissued.')
  await grant.getByRole('button', { name: 'Extend the deadline' }).click()
  const again = staff.getByRole('form', { name: 'Extend one person’s deadline' })
  // Beside the field (and in the form's message): what to correct, the other values kept.
  await expect(again.getByLabel('New deadline')).toHaveAttribute('aria-invalid', 'true')
  await expect(again.getByText('Choose a moment after the call closes.').first()).toBeVisible()
  await expect(again.getByLabel('Applicant’s email')).toHaveValue(LUCKY)
  const mails = mailCount(LUCKY)
  await again.getByLabel('New deadline').fill(toKarachiLocal(new Date(Date.now() + 48 * HOUR)))
  await again.getByRole('button', { name: 'Extend the deadline' }).click()
  await expect(staff.getByText('Deadline extended. The applicant has been emailed.')).toBeVisible()
  await expect.poll(() => mailCount(LUCKY)).toBe(mails + 1)
  const table = staff.getByRole('table', { name: 'Deadline extensions of this cycle' })
  await expect(table.getByRole('row', { name: /Wagma Jadoon/ })).toContainText('Running')
  await expect(table).toContainText('Her CNIC copy was lost in the post')
  await plain.close()
  // The same page checked with axe where scripts run (axe is a script).
  await page.goto(`/staff/cycles/${cycleId}/recruitment/extensions`)
  await expect(page.getByRole('table', { name: 'Deadline extensions of this cycle' })).toContainText('Wagma Jadoon')
  await expectAccessibleInBothLanguages(page)

  // ---- The applicant with the extension, on a phone, in Urdu: told, and submits.
  const phone = await context(browser, { width: 390 })
  const lucky = await phone.newPage()
  await signIn(lucky, LUCKY)
  // Her language, as the switch leaves it (the switch itself is walked elsewhere).
  await phone.addCookies([{ name: LOCALE_COOKIE, value: 'ur', url: test.info().project.use.baseURL! }])
  await lucky.goto('/apply')
  await expect(lucky.locator('html')).toHaveAttribute('dir', 'rtl')
  const card = lucky.getByRole('heading', { name: 'آپ کی بڑھائی گئی آخری تاریخیں' })
  await expect(card).toBeVisible()
  await lucky.getByRole('link', { name: 'اپنی درخواست شروع کریں' }).click()
  await expect(lucky).toHaveURL(new RegExp(`/apply/cycles/${cycleId}`))
  await expect(lucky.getByRole('status').filter({ hasText: 'آپ کی آخری تاریخ' })).toBeVisible()
  await lucky.locator('[name="a.fullName"]').fill('Wagma Jadoon')
  await lucky.locator('[name="a.phone"]').fill('0301-2345678')
  await lucky.locator('[name="a.cnic"]').fill('13101-1234567-2')
  await lucky.locator('[name="a.gender"]').selectOption('FEMALE')
  await lucky.locator('[name="a.district"]').selectOption('Abbottabad')
  await lucky.locator('[name="a.degree"]').selectOption('BS')
  await lucky.locator('[name="a.dateOfBirth"]').fill('1999-03-14')
  await lucky
    .locator('[name="a.motivation"]')
    .fill('I would digitise the district’s land-record queries so people stop travelling for a copy.')
  // Nothing sideways on a phone.
  expect(await lucky.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await lucky.locator('button[name="intent"][value="submit"]').click()
  await expect(lucky).toHaveURL(/\/apply\/applications\//)
  await expect(lucky.getByText('آپ کی درخواست ہمیں مل گئی ہے', { exact: false })).toBeVisible()
  await expectAccessible(lucky)
  await phone.close()

  // ---- Another applicant: the call is closed for her.
  const other = await context(browser)
  const late = await other.newPage()
  await signIn(late, OTHER)
  await late.goto(`/apply/cycles/${cycleId}`)
  await expect(late.getByText(/^Applications closed on/)).toBeVisible()
  await expect(late.getByRole('button', { name: 'Submit application' })).toHaveCount(0)
  await other.close()

  // ---- Staff see it submitted; withdrawing the extension is no longer offered on it.
  await page.goto(`/staff/cycles/${cycleId}/recruitment`)
  await expect(page.getByRole('link', { name: 'Wagma Jadoon' })).toBeVisible()
  await page.getByRole('link', { name: 'Wagma Jadoon' }).click()
  await expect(page.getByRole('heading', { name: 'This applicant’s deadline' })).toBeVisible()
  await expect(page.getByText('Only an application not yet submitted', { exact: false })).toBeVisible()
})

test('staff note and tag an application, find it on the board by the tag, and the reviewer never sees tags', async ({ page, browser }) => {
  test.setTimeout(240_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 8 (2027)' }).click()
  await page.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Recruitment: Cycle 8 (2027)' })).toBeVisible()
  const board = page.url()

  // The seeded tags filter the board; each row found carries the tag.
  await page.getByLabel('Tag', { exact: true }).selectOption({ value: 'strong-coder' })
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/tag=strong-coder/)
  const rows = page.getByRole('table', { name: 'Applications' }).getByRole('row')
  const found = (await rows.count()) - 1
  expect(found).toBeGreaterThan(0)
  for (let i = 1; i <= found; i++) await expect(rows.nth(i)).toContainText('strong-coder')
  await expect(page.getByText(new RegExp(`^${found} results?$`))).toBeVisible()
  // The filter keeps the others: a stage with it narrows further.
  await page.getByLabel('Screening', { exact: true }).selectOption('ELIGIBLE')
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/tag=strong-coder/)
  await expect(page).toHaveURL(/eligibility=ELIGIBLE/)

  // One application without tags: a note and a new tag, typed untidily.
  await page.goto(`${board}?stage=SUBMITTED`)
  const first = page.getByRole('table', { name: 'Applications' }).getByRole('row').nth(1)
  const applicant = (await first.getByRole('link').innerText()).trim()
  await first.getByRole('link').click()
  const notes = page.getByRole('form', { name: 'Add note' })
  const note = `Walk note ${Date.now().toString(36)}: phoned, she can start in February.`
  await notes.getByLabel('New note').fill(note)
  await notes.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByText('Note added.')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Notes, newest first' }).getByRole('listitem').first()).toContainText(note)
  const tag = `Walk Tag ${Date.now().toString(36)}`
  const stored = tag.toLowerCase().replace(/ /g, '-')
  const tags = page.getByRole('form', { name: 'Add tag', exact: true })
  await tags.getByLabel('Tag', { exact: true }).fill('not a tag!')
  await tags.getByRole('button', { name: 'Add tag' }).click()
  await expect(page.getByText('A tag is letters and numbers joined by hyphens', { exact: false }).first()).toBeVisible()
  await tags.getByLabel('Tag', { exact: true }).fill(tag)
  await tags.getByRole('button', { name: 'Add tag' }).click()
  await expect(page.getByRole('list', { name: 'Tags of this application' })).toContainText(stored)
  // One press adds a tag the cycle already uses.
  const suggestion = page.getByRole('form', { name: /^Add tag \S+$/ }).first()
  const used = (await suggestion.getByRole('button').innerText()).trim()
  await suggestion.getByRole('button').click()
  await expect(page.getByRole('list', { name: 'Tags of this application' })).toContainText(used)
  await expectAccessibleInBothLanguages(page)

  // The board finds exactly that one by the new tag, from the URL a colleague was sent.
  await page.goto(`${board}?tag=${encodeURIComponent(tag)}`)
  const tagged = page.getByRole('table', { name: 'Applications' }).getByRole('row')
  await expect(tagged).toHaveCount(2)
  await expect(tagged.nth(1)).toContainText(applicant)
  await expect(tagged.nth(1)).toContainText(stored)
  await expectAccessibleInBothLanguages(page)

  // Removed, it is gone from the filter's choices.
  await tagged.nth(1).getByRole('link').click()
  await page.getByRole('button', { name: `Remove tag ${stored}` }).click()
  await expect(page.getByText('Tag removed.')).toBeVisible()
  await page.goto(board)
  await expect(page.getByLabel('Tag', { exact: true }).locator(`option[value="${stored}"]`)).toHaveCount(0)

  // The reviewer's list and a review page: no tag, no note.
  const rc = await context(browser)
  const reviewer = await rc.newPage()
  await loginAs(reviewer, 'REVIEWER')
  await reviewer.goto('/review')
  await expect(reviewer.locator('main')).not.toContainText('strong-coder')
  const open = reviewer.locator('main a[href^="/review/"]:not([href*="interviews"]):not([href*="export"])').first()
  await open.click()
  await expect(reviewer).toHaveURL(/\/review\/[0-9a-f-]{36}/)
  for (const hidden of ['strong-coder', 'women-in-tech', 'follow-up', 'Staff notes', 'Walk note'])
    await expect(reviewer.locator('main')).not.toContainText(hidden)
  await rc.close()
})

test('staff carry cycle 7’s standard deliverables and metrics over to a new cycle, then change them there', async ({ page }) => {
  test.setTimeout(180_000)
  await loginAs(page, 'STAFF')
  const name = `Carry-over walk ${Date.now().toString(36)}`
  const cycleId = await newCycleFrom(page, {
    name,
    from: 'KP Government Innovation Fellowship — Cycle 7 (2021–22)',
    parts: ['Standard deliverables', 'Standard metrics', 'Reporting cadence and grace days'],
  })
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: 'Standard deliverables and metrics' }).click()
  await expect(page.getByRole('heading', { name: 'Standard deliverables and metrics' })).toBeVisible()
  const deliverables = page.getByRole('table', { name: 'Standard deliverables of this cycle' })
  await expect(deliverables.getByRole('row')).toHaveCount(4)
  await expect(deliverables).toContainText('Inception report')
  await expect(deliverables).toContainText('30 days after the start')
  const metrics = page.getByRole('table', { name: 'Standard metrics of this cycle' })
  await expect(metrics.getByRole('row')).toHaveCount(4)
  await expect(metrics).toContainText('Citizens served')
  // Only what was checked: the form was not copied.
  await page.goto(`/staff/cycles/${cycleId}/recruitment/call`)
  await expect(page.getByText('Full name (as on your CNIC)')).toHaveCount(0)
  await page.goto(`/staff/cycles/${cycleId}/templates`)

  // Changed here, and cycle 7 keeps its own.
  await page.getByRole('form', { name: 'Remove Mid-term showcase' }).getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByText('Removed.')).toBeVisible()
  const add = page.getByRole('form', { name: 'Add deliverable' })
  await add.getByLabel('Title (English)').fill('Data-protection checklist')
  await add.getByLabel('Title (Urdu)').fill('ڈیٹا کے تحفظ کی فہرست')
  await add.getByLabel('Kind').selectOption({ label: 'Milestone' })
  await add.getByLabel('Due (days after the cycle starts)').fill('60')
  await add.getByRole('button', { name: 'Add deliverable' }).click()
  await expect(page.getByText('Added.')).toBeVisible()
  await expect(deliverables).toContainText('Data-protection checklist')
  await expect(deliverables).not.toContainText('Mid-term showcase')
  await expectAccessibleInBothLanguages(page)

  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).first().click()
  await page.getByRole('link', { name: 'Standard deliverables and metrics' }).click()
  await expect(page.getByRole('table', { name: 'Standard deliverables of this cycle' })).toContainText('Mid-term showcase')
})
