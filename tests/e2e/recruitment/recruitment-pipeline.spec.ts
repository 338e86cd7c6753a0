// Staff work the seeded KP fellowship cycle 8: the board's counts and filters, a bulk move
// confirmed on a list of who is emailed, with a personal message (then undone without
// JavaScript), the CSV export, and the reviewer, ranking, interview and offer pages; the demo
// applicant's portal explains a refused withdrawal. Every page passes axe in English and Urdu.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'
import { mailCount } from '../support/mail'

const CYCLE = 'Cycle 8 (2027)'

test('staff filter the board, move applications in bulk with a message after confirming who is emailed, and export CSV', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: CYCLE }).click()
  await page.getByRole('link', { name: 'Recruitment', exact: true }).click()
  await expect(page.getByRole('heading', { name: `Recruitment: ${CYCLE}` })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const board = page.url()

  // Counts per stage, then a filter that narrows the table.
  const stages = page.getByRole('navigation', { name: 'Stages' })
  await expect(stages.getByRole('link', { name: /^Review \(\d+\)$/ })).toBeVisible()
  await page.getByLabel('Screening', { exact: true }).selectOption({ label: 'Flagged' })
  await page.getByRole('button', { name: 'Filter' }).click()
  await expect(page).toHaveURL(/eligibility=FLAGGED/)
  const flaggedRows = page.getByRole('table', { name: 'Applications' }).getByRole('row')
  await expect(flaggedRows.first()).toBeVisible()
  for (const row of await flaggedRows.all())
    if ((await row.getByRole('cell').count()) > 0) await expect(row.getByText('Flagged')).toBeVisible()

  // Nothing selected: the bulk move explains itself and changes nothing.
  await page.goto(`${board}?stage=SUBMITTED`)
  await page.getByLabel('Move to').selectOption({ label: 'Not selected' })
  await page.getByRole('button', { name: 'Move selected' }).click()
  await expect(page.getByText('Select at least one application.')).toBeVisible()

  // Reject two with a personal message. First the confirmation lists exactly who will be
  // emailed; nothing moves and nobody is emailed until it is confirmed (issue 13).
  const rows = page.getByRole('table', { name: 'Applications' }).getByRole('row')
  const picked: { name: string; email: string }[] = []
  for (const i of [1, 2]) {
    const row = rows.nth(i)
    picked.push({
      name: (await row.getByRole('link').innerText()).trim(),
      email: (await row.locator('[dir=ltr]').first().innerText()).trim(),
    })
  }
  const mailsBefore = picked.map((p) => mailCount(p.email))
  for (const p of picked) await page.getByLabel(`Select ${p.name}`).check()
  await page.getByLabel('Move to').selectOption({ label: 'Not selected' })
  await page.getByRole('button', { name: 'Move selected' }).click()
  await expect(page).toHaveURL(/\/recruitment\/move\?/)
  const confirm = page.getByRole('form', { name: 'Move 2 applications to Not selected?' })
  await expect(confirm.getByRole('heading', { name: 'Move 2 applications to Not selected?' })).toBeVisible()
  const listed = await confirm.getByRole('listitem').allInnerTexts()
  expect(listed).toHaveLength(2)
  for (const p of picked) expect(listed.some((l) => l.includes(p.name) && l.includes(p.email) && l.includes('now Submitted'))).toBe(true)
  await expect(confirm.getByRole('button', { name: 'Move and send 2 emails' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  // Cancelled: still Submitted, and no email went out.
  await confirm.getByRole('link', { name: 'Cancel' }).click()
  await page.goto(`${board}?stage=SUBMITTED`)
  for (const p of picked) await expect(page.getByLabel(`Select ${p.name}`)).toBeVisible()
  expect(picked.map((p) => mailCount(p.email))).toEqual(mailsBefore)

  // Again, confirmed this time, with a message: each applicant gets their own name in it.
  for (const p of picked) await page.getByLabel(`Select ${p.name}`).check()
  await page.getByLabel('Move to').selectOption({ label: 'Not selected' })
  await page.getByRole('button', { name: 'Move selected' }).click()
  await confirm
    .getByLabel(/^Message to each applicant/)
    .fill('Dear {name}, thank you for applying to the {programme}. Please apply again next year.')
  await confirm.getByRole('button', { name: 'Move and send 2 emails' }).click()
  await expect(page.getByText('2 applications moved; each applicant has been emailed.')).toBeVisible()
  await expect.poll(() => picked.map((p) => mailCount(p.email))).toEqual(mailsBefore.map((n) => n + 1))

  await page.goto(`/staff/outbox?to=${encodeURIComponent(picked[0].email)}`)
  await page.getByText('Show message').first().click()
  await expect(page.getByTestId('outbox-body').first()).toContainText(
    `Dear ${picked[0].name}, thank you for applying to the KP Government Innovation Fellowship.`,
  )

  // Undo, without JavaScript: back to Submitted through the same confirmation, so the demo
  // data stays as it was.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: test.info().project.use.baseURL,
  })
  const plain = await noJs.newPage()
  await plain.goto(`${board}?stage=REJECTED`)
  for (const p of picked) await plain.getByLabel(`Select ${p.name}`).check()
  await plain.getByLabel('Move to').selectOption({ label: 'Submitted' })
  await plain.getByRole('button', { name: 'Move selected' }).click()
  const back = plain.getByRole('form', { name: 'Move 2 applications to Submitted?' })
  for (const p of picked) await expect(back.getByText(p.email)).toBeVisible()
  expect(picked.map((p) => mailCount(p.email))).toEqual(mailsBefore.map((n) => n + 1))
  await back.getByRole('button', { name: 'Move and send 2 emails' }).click()
  await expect(plain.getByText('2 applications moved; each applicant has been emailed.')).toBeVisible()
  await expect.poll(() => picked.map((p) => mailCount(p.email))).toEqual(mailsBefore.map((n) => n + 2))
  await noJs.close()

  // The export opens in a spreadsheet: UTF-8 with a byte-order mark, one header row.
  await page.goto(board)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
  expect(download.suggestedFilename()).toBe('kp-government-innovation-fellowship-cycle-8-applications.csv')
  const chunks: Buffer[] = []
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer)
  const csv = Buffer.concat(chunks)
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = csv.toString('utf8').slice(1)
  expect(text.split('\r\n')[0]).toMatch(/^Reference,Name,Email,Phone,Stage,/)
  expect(text).toContain('Full name (as on your CNIC)')
})

test('the call, reviewer, ranking, interview and offer pages of a cycle', async ({ page }) => {
  test.setTimeout(300_000)
  await loginAs(page, 'ADMIN')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: CYCLE }).click()
  await page.getByRole('link', { name: 'Recruitment', exact: true }).click()
  for (const [link, heading] of [
    ['Call and form', `Call and form: ${CYCLE}`],
    ['Reviewers', `Reviewers: ${CYCLE}`],
    ['Ranking', `Ranking: ${CYCLE}`],
    ['Interviews', `Interviews: ${CYCLE}`],
    ['Offers and cohort', `Offers and cohort: ${CYCLE}`],
  ]) {
    await page.getByRole('navigation', { name: 'Recruitment sections' }).getByRole('link', { name: link }).click()
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
    await expectAccessibleInBothLanguages(page)
  }
  // A bad closing date is refused beside the field.
  await page.getByRole('navigation', { name: 'Recruitment sections' }).getByRole('link', { name: 'Call and form' }).click()
  const settings = page.getByRole('form', { name: 'Dates and review settings' })
  await settings.getByLabel('Applications close').fill('2026-10-01T09:00')
  await settings.getByRole('button', { name: 'Save' }).click()
  await expect(settings.getByText('The closing date must be after the opening date.')).toBeVisible()
  await expect(settings.getByLabel('Applications close')).toHaveAttribute('aria-invalid', 'true')
})

test('the demo applicant follows her application, and a withdrawal needs confirming', async ({ page }) => {
  await loginAs(page, 'APPLICANT')
  await expect(page.getByRole('heading', { name: 'My applications', level: 1 })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: `KP Government Innovation Fellowship — ${CYCLE}` }).click()
  await expect(page.getByRole('heading', { name: 'Application to KP Government Innovation Fellowship' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('button', { name: 'Withdraw my application' }).click()
  await expect(page.getByText('Tick the box to confirm.')).toBeVisible()
  await expect(page.getByText('Withdrawn', { exact: true })).toHaveCount(0)
})

test('the public call page sends a visitor to sign up and back to the form', async ({ page }) => {
  await page.goto('/calls/kp-government-innovation-fellowship')
  await expect(page.getByRole('heading', { name: 'KP Government Innovation Fellowship', level: 1 })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const signUp = page.getByRole('link', { name: 'Create an account to apply' })
  await expect(signUp).toHaveAttribute('href', /^\/sign-up\?next=%2Fapply%2Fcycles%2F[0-9a-f-]{36}$/)
  await page.goto('/calls/no-such-programme')
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
})
