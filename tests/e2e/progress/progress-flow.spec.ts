// The whole reporting loop on the seeded KP cycle 7: staff define a deliverable for the Health
// Department's pharmacy-licence project; the demo fellow submits a (late) progress update and a
// version of the deliverable; the demo partner requests changes; the fellow resubmits; the
// partner approves; staff see the update and the sign-off on the compliance board. The fellow
// corrects a typo in the submitted update: the partner and staff see "Corrected on" and the
// original, and once staff mark it reviewed it can no longer be corrected (issue 13). Bad input
// is explained beside the field. Every page visited is checked with axe in English and Urdu.
import type { Page } from '@playwright/test'
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

const PDF = (text: string) => ({
  name: 'inspection-report.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\n`),
})
const TYPO = 'Trained 9 drug inpsectors in Mardan on the mobile checklist and fixed two offline-sync bugs they found.'
const FIXED = 'Trained 9 drug inspectors in Mardan on the mobile checklist and fixed two offline-sync bugs they found.'
const EXE_AS_PDF = {
  name: 'report.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]),
}

async function switchTo(page: Page, role: 'STAFF' | 'FELLOW' | 'PARTNER') {
  await page.context().clearCookies()
  await loginAs(page, role)
}

test('a fellow reports, the department signs off a deliverable after one round of changes, staff see it all', async ({ page }) => {
  test.setTimeout(420_000)
  const title = `Inspector training report ${Date.now().toString(36)}`

  // Staff: define the deliverable, signed off by the Health Department's focal person.
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Progress: Cycle 7 (2021–22)' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: 'Pharmacy licence registration system' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pharmacy licence registration system' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const add = page.getByRole('form', { name: 'Add a deliverable or milestone' })
  await add.getByLabel('Title', { exact: true }).fill(title)
  await add.getByLabel(/^Due/).fill('2026-12-15')
  await add.getByLabel(/^Signed off by/).selectOption({ label: 'Dr. Tariq Mehmood' })
  await add
    .getByLabel(/^Description/)
    .first()
    .fill('Attendance and results of the inspector training in Peshawar.')
  await add.getByRole('button', { name: 'Save' }).click()
  await expect(add.getByText('Saved.')).toBeVisible()
  await expect(page.getByRole('link', { name: title })).toBeVisible()

  // Fellow: the home shows due and missing periods; an empty update is refused, then a late one is accepted.
  await switchTo(page, 'FELLOW')
  await expect(page.getByRole('heading', { name: 'Needs your attention' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Updates' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Progress updates' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page
    .getByRole('link', { name: /^Write — Period \d+$/ })
    .first()
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Period \d+:/)
  const heading = await page.getByRole('heading', { level: 1 }).textContent()
  const period = heading!.match(/^Period (\d+)/)![1]
  await expect(page.getByText(/The window for this period closed on/)).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('button', { name: 'Submit update' }).click()
  await expect(page.getByText('Write what you did in this period.')).toBeVisible()
  await expect(page.getByLabel('What did you do in this period?')).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('What did you do in this period?').fill(TYPO)
  await page.getByLabel(/^Hours worked/).fill('72')
  await page.getByLabel(/^Links/).fill('https://git.example/kp-fellows/pharmacy-licences/pull/88')
  await page.getByRole('button', { name: 'Submit update' }).click()
  await expect(page.getByText('Update submitted. It is marked late because the window had closed.')).toBeVisible()
  const updatePage = page.url().replace(/\?.*$/, '')

  // Fellow: the late update still takes a correction of its typo; the original stays readable.
  await expect(page.getByText(/^You can correct this update until the programme team marks it reviewed/)).toBeVisible()
  await page.getByRole('link', { name: 'Correct this update' }).click()
  const correct = page.getByRole('form', { name: 'Correct your update' })
  await expect(correct.getByLabel('What did you do in this period?')).toHaveValue(TYPO)
  await correct.getByLabel('What did you do in this period?').fill('')
  await correct.getByRole('button', { name: 'Save correction' }).click()
  await expect(correct.getByText('Write what you did in this period.')).toBeVisible()
  await expect(correct.getByLabel('What did you do in this period?')).toHaveAttribute('aria-invalid', 'true')
  await correct.getByLabel('What did you do in this period?').fill(FIXED)
  await correct.getByLabel(/^What did you correct\?/).fill('Typo: inspectors')
  await correct.getByRole('button', { name: 'Save correction' }).click()
  await expect(page.getByText('Correction saved. The earlier text is kept with the update.')).toBeVisible()
  await expect(page.getByText(/^Corrected on /)).toBeVisible()
  await expect(page.getByText(FIXED)).toBeVisible()
  await expect(page.getByText(TYPO)).toBeHidden()
  await page.getByText(/^Show the earlier text/).click()
  await expect(page.getByText(TYPO)).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  // Fellow: a disguised executable is refused beside the file field; a real PDF makes version 1.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Deliverables' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Deliverables' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const submit = page.getByRole('form', { name: 'Submit a new version' })
  await submit.getByLabel(/^Notes for the reviewer/).fill('Training attendance sheet and results for Mardan.')
  await submit.getByLabel(/^Files/).setInputFiles(EXE_AS_PDF)
  await submit.getByRole('button', { name: 'Submit version' }).click()
  await expect(submit.getByText(/This type of file is not accepted/).last()).toBeVisible()
  await expect(page.getByText('No version has been submitted yet.')).toBeVisible()
  await submit.getByLabel(/^Files/).setInputFiles(PDF('v1'))
  await submit.getByRole('button', { name: 'Submit version' }).click()
  await expect(submit.getByText('Version submitted. The reviewer has been told.')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Version 1' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'inspection-report.pdf' })).toBeVisible()

  // Partner: the portal lists it as awaiting review; changes are requested with a comment.
  await switchTo(page, 'PARTNER')
  await expect(page.getByRole('heading', { level: 1, name: 'Health Department' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: title }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const decide = page.getByRole('form', { name: 'Your decision on version 1' })
  await decide.getByLabel('Decision').selectOption({ label: 'Request changes' })
  await decide.getByRole('button', { name: 'Record decision' }).click()
  await expect(decide.getByText('Explain what needs to change.')).toBeVisible()
  await decide.getByLabel(/^Comments for the fellow/).fill('Please add the pass rate per district.')
  await decide.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByText('Changes requested by Dr. Tariq Mehmood', { exact: false })).toBeVisible()

  // Partner: a comment on the fellow's update.
  await page.goto('/partner/updates')
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: `Mahnoor Yousafzai — Period ${period}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Mahnoor Yousafzai: Period ${period}:`) })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByLabel('Your comment').fill('Thank you. Mardan district office is ready for the roll-out.')
  await page.getByRole('button', { name: 'Post comment' }).click()
  await expect(page.getByText('Comment posted.')).toBeVisible()
  // The partner reads the corrected text, sees that it was corrected, and can open the original.
  await expect(page.getByText(/^Corrected on /)).toBeVisible()
  await expect(page.getByText(FIXED)).toBeVisible()
  await page.getByText(/^Show the earlier text/).click()
  await expect(page.getByText(TYPO)).toBeVisible()
  await expect(page.getByText('Reason given: Typo: inspectors')).toBeVisible()

  // Fellow: resubmits as version 2; the history keeps version 1 and its decision.
  await switchTo(page, 'FELLOW')
  await page.goto('/fellow/deliverables')
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByText('Please add the pass rate per district.')).toBeVisible()
  const again = page.getByRole('form', { name: 'Submit a new version' })
  await again.getByLabel(/^Notes for the reviewer/).fill('Added the pass rate per district.')
  await again.getByLabel(/^Files/).setInputFiles(PDF('v2'))
  await again.getByRole('button', { name: 'Submit version' }).click()
  await expect(page.getByRole('heading', { name: 'Version 2' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Version 1' })).toBeVisible()

  // Partner: approves version 2: the sign-off is recorded.
  await switchTo(page, 'PARTNER')
  await page.goto('/partner/deliverables?awaiting=1')
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('link', { name: title }).click()
  const approve = page.getByRole('form', { name: 'Your decision on version 2' })
  await approve.getByLabel('Decision').selectOption({ label: 'Approve (sign off)' })
  await approve.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByText(/Signed off by Dr\. Tariq Mehmood on .* \(version 2\)\./)).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  // Staff: the late update and the approved deliverable are on the compliance board.
  await switchTo(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Progress', exact: true }).click()
  // The cycle page has a department field too: choose on the progress board once it is shown.
  await expect(page).toHaveURL(/\/progress$/)
  await page.getByLabel(/^Department/).selectOption({ label: 'Health Department' })
  await page.getByRole('button', { name: 'Show' }).click()
  // The filtered board has loaded (the unfiltered one has the same rows): the reminders below
  // are for the Health Department only.
  await expect(page).toHaveURL(/department=[0-9a-f-]+/)
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Mahnoor Yousafzai/ }) })
  await expect(row.getByRole('link', { name: `Period ${period}: Late` })).toBeVisible()
  const deliverableRow = page.getByRole('row').filter({ hasText: title })
  await expect(deliverableRow.getByText('Approved', { exact: true })).toBeVisible()
  await expect(deliverableRow.getByText(/Approved by Dr\. Tariq Mehmood/)).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  // Reminders: confirmed on a list of recipients (tests/e2e/progress/reminders.spec.ts), sent once per missing period.
  await page.getByRole('link', { name: 'Send reminders' }).click()
  const confirm = page.getByRole('button', { name: /^Send \d+ emails?$/ })
  const nobody = page.getByText('Nobody shown here needs a new reminder.')
  // Wait for the confirmation (or "nobody") to arrive before deciding: isVisible() does not wait.
  await expect(confirm.or(nobody)).toBeVisible()
  if (await confirm.isVisible()) {
    await confirm.click()
    await expect(page.getByText(/^Reminders sent: /)).toBeVisible()
    await page.getByRole('link', { name: 'Send reminders' }).click()
  }
  await expect(nobody).toBeVisible()
  await deliverableRow.getByRole('link', { name: title }).click()
  await expect(page.getByText(/Signed off by Dr\. Tariq Mehmood on .* \(version 2\)\./)).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.goBack()
  await row.getByRole('link', { name: `Period ${period}: Late` }).click()
  await expect(page.getByText('Thank you. Mardan district office is ready for the roll-out.')).toBeVisible()
  // Staff see the correction and the original, then mark the update reviewed.
  await expect(page.getByText(/^Corrected on /)).toBeVisible()
  await page.getByText(/^Show the earlier text/).click()
  await expect(page.getByText(TYPO)).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  await page.getByRole('button', { name: 'Mark as reviewed' }).click()
  await expect(page.getByText(/^Reviewed by Anam Khattak on /)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mark as reviewed' })).toHaveCount(0)

  // Fellow: a reviewed update can no longer be corrected; its history is still there.
  await switchTo(page, 'FELLOW')
  await page.goto(updatePage)
  await expect(page.getByText(/^The programme team reviewed this update on /)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Correct this update' })).toHaveCount(0)
  await page.goto(`${updatePage}?correct=1`)
  await expect(page.getByRole('form', { name: 'Correct your update' })).toHaveCount(0)
  await expect(page.getByText(/^Show the earlier text \(1 version\)$/)).toBeVisible()
})
