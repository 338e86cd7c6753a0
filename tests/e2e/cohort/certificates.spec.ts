// Certificates of completion as the people walk them (issue 15), on the seeded KP cycle 7: staff
// see who has completed and why not, and issue one against the conditions with a reason; the
// fellow (signed in by an emailed link: not a demo account) finds it on her home page, opens it
// and prints it as one A4 page with its code; an anonymous visitor checks the code and sees only
// the name, programme, cycle, dates and status; staff revoke it and the visitor sees it revoked
// at once, never why. A second walk: the seeded certificates checked on a phone, in Urdu,
// without JavaScript, and a code no certificate has; a link to such a code is a 404 that says so.
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { expect, expectAccessible, loginAs, test } from '../support/fixtures'
import { linkFromMail, mailCount } from '../support/mail'

const FELLOW = { name: 'Mudassir Khattak', email: 'mudassir.khattak@mail.example' }
const CODE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/

async function openCertificates(page: Page) {
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Certificates', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates of completion' })).toBeVisible()
}

async function newContext(browser: Browser, o: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    viewport: { width: o.width ?? 1280, height: 900 },
  })
}

/** Signs in a seeded fellow (no password) through the sign-in link emailed to her. */
async function signInByLink(page: Page, email: string) {
  const before = mailCount(email)
  await page.goto('/sign-in')
  const ask = page.getByRole('form', { name: 'Or get a sign-in link by email' })
  await ask.getByLabel('Email').fill(email)
  await ask.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByText('a sign-in link is on its way', { exact: false })).toBeVisible()
  const link = await linkFromMail(email, /https?:\/\/\S+\/sign-in\/link\?token=[A-Za-z0-9_-]+/, before)
  await page.goto(link.pathname + link.search)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(/\/fellow$/)
}

test('staff issue a certificate; the fellow prints hers; a visitor checks it; staff revoke it; the visitor sees it revoked', async ({
  page,
  browser,
}) => {
  await loginAs(page, 'STAFF')
  await openCertificates(page)
  // The seeded ones: issued, and revoked.
  await expect(page.getByRole('row', { name: /Kamran Shah/ })).toContainText('Issued on')
  await expect(page.getByRole('row', { name: /Sher Ali Shinwari/ })).toContainText('Revoked on')
  await expectAccessible(page)

  // Her project's deliverables are not all approved: the row says so, and issuing needs a reason.
  const row = page.getByRole('row', { name: new RegExp(FELLOW.name) })
  await expect(row).toContainText('deliverables not approved')
  await row.locator('summary', { hasText: 'Issue anyway' }).click()
  const issue = page.getByRole('form', { name: `Issue anyway to ${FELLOW.name}` })
  await issue.getByRole('button', { name: 'Issue anyway' }).click()
  const reason = issue.getByLabel('Why issue without the conditions met')
  await expect(reason).toHaveAccessibleDescription('The conditions are not met: give the reason for issuing anyway.')
  await expect(row.getByRole('link', { name: CODE })).toHaveCount(0)
  const mailsBefore = mailCount(FELLOW.email)
  await reason.fill('Final report accepted by the Excise Secretary at the handover.')
  await issue.getByRole('button', { name: 'Issue anyway' }).click()
  await expect(page.getByText('Certificate issued. The fellow has been emailed.').first()).toBeVisible()
  const codeLink = row.getByRole('link', { name: CODE })
  await expect(codeLink).toBeVisible()
  const code = (await codeLink.innerText()).trim()
  await expect(row).toContainText('Completed')
  await expect(row).toContainText('Final report accepted by the Excise Secretary')
  // The fellow is told, with the code and where to check it.
  await linkFromMail(FELLOW.email, new RegExp(`https?://\\S+/verify/${code.replace(/-/g, '')}`), mailsBefore)

  // The fellow (an alumna now: her fellowship completed) finds it on her home page and prints it.
  const hers = await newContext(browser)
  const her = await hers.newPage()
  await signInByLink(her, FELLOW.email)
  await expect(her.getByText('Your certificate of completion has been issued.')).toBeVisible()
  await her.getByRole('link', { name: 'Open my certificate' }).click()
  await expect(her.getByRole('heading', { level: 1, name: 'My certificate' })).toBeVisible()
  const sheet = her.getByTestId('certificate')
  await expect(sheet).toContainText(FELLOW.name)
  await expect(sheet).toContainText('Certificate of Completion')
  await expect(sheet).toContainText('سندِ تکمیل')
  await expect(sheet).toContainText('KP Government Innovation Fellowship')
  await expect(sheet.getByTestId('certificate-code')).toHaveText(code)
  await expect(sheet).toContainText(`/verify/${code.replace(/-/g, '')}`)
  await expect(her.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible()
  await expectAccessible(her)
  // On paper: no header, navigation or buttons; the certificate with its code, on one A4 page.
  await her.emulateMedia({ media: 'print' })
  await expect(her.locator('header').first()).toBeHidden()
  await expect(her.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden()
  await expect(her.getByRole('heading', { level: 1, name: 'My certificate' })).toBeHidden()
  await expect(sheet.getByTestId('certificate-code')).toHaveText(code)
  const pdf = (await her.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'pages printed').toBe(1)
  await her.emulateMedia({ media: 'screen' })

  // An anonymous visitor types the code as people do (lower case, spaces) and sees only what it certifies.
  const visitor = await newContext(browser)
  const v = await visitor.newPage()
  await v.goto('/verify')
  await expect(v.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await v.getByLabel('Verification code').fill(` ${code.toLowerCase().replace(/-/g, ' ')} `)
  await v.getByRole('button', { name: 'Check' }).click()
  await expect(v).toHaveURL(new RegExp(`/verify/${code.replace(/-/g, '')}$`))
  await expect(v.getByTestId('verification-status')).toContainText('Valid')
  const main = v.locator('main')
  await expect(main).toContainText(FELLOW.name)
  await expect(main).toContainText('Cycle 7')
  await expect(main).not.toContainText(FELLOW.email)
  await expect(main).not.toContainText('Excise Secretary')
  await expect(v.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expectAccessible(v)
  // A link to a code no certificate has is a 404 that says so.
  const unknown = await v.goto('/verify/ABCD-EFGH-JKLM')
  expect(unknown?.status()).toBe(404)
  await expect(v.getByRole('heading', { level: 1, name: 'No certificate with this code' })).toBeVisible()
  await v.goto(`/verify/${code.replace(/-/g, '')}`)

  // Staff revoke it, with a reason that stays in the records.
  await page.reload()
  await row.locator('summary', { hasText: 'Revoke' }).click()
  const revoke = page.getByRole('form', { name: `Revoke the certificate of ${FELLOW.name}` })
  await revoke.getByLabel('Reason for revoking', { exact: false }).fill('The handover report was not accepted after all.')
  await revoke.getByRole('button', { name: 'Revoke' }).click()
  await expect(page.getByText('Certificate revoked.').first()).toBeVisible()
  await expect(row).toContainText('Revoked on')

  // The visitor sees it revoked at once, with the day and not the reason; so does the fellow.
  await v.reload()
  await expect(v.getByTestId('verification-status')).toContainText('Revoked on')
  await expect(v.getByTestId('verification-status')).toContainText('no longer valid')
  await expect(main).not.toContainText('handover report')
  await her.reload()
  await expect(her.getByText('This certificate was revoked on', { exact: false })).toBeVisible()
  await expect(her.getByRole('button', { name: 'Print or save as PDF' })).toHaveCount(0)
  await hers.close()
  await visitor.close()
})

test('on a phone, in Urdu, without JavaScript: the seeded certificates checked by code, and one that does not exist', async ({
  page,
  browser,
}) => {
  await loginAs(page, 'STAFF')
  await openCertificates(page)
  const codeOf = async (name: string) =>
    (
      await page
        .getByRole('row', { name: new RegExp(name) })
        .getByRole('link', { name: CODE })
        .innerText()
    ).trim()
  const valid = await codeOf('Kamran Shah')
  const revoked = await codeOf('Sher Ali Shinwari')

  const phone = await newContext(browser, { javaScriptEnabled: false, width: 390 })
  const v = await phone.newPage()
  await v.goto('/verify')
  // The language switch is a form: it works without JavaScript.
  await v.getByTestId('language-switch').first().click()
  await expect(v.locator('html')).toHaveAttribute('lang', 'ur')
  await expect(v.getByRole('heading', { level: 1, name: 'سند کی تصدیق' })).toBeVisible()
  // Not a code: said beside the field.
  await v.getByLabel('تصدیقی کوڈ').fill('12345')
  await v.getByRole('button', { name: 'جانچیں' }).click()
  await expect(v.getByText('یہ تصدیقی کوڈ نہیں', { exact: false })).toBeVisible()
  await v.getByLabel('تصدیقی کوڈ').fill(valid)
  await v.getByRole('button', { name: 'جانچیں' }).click()
  await expect(v.getByTestId('verification-status')).toContainText('درست')
  await expect(v.locator('main')).toContainText('Kamran Shah')
  expect(await v.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

  await v.goto(`/verify/${revoked}`)
  await expect(v.getByTestId('verification-status')).toContainText('منسوخ')
  await expect(v.locator('main')).not.toContainText('handover sign-off')

  // A code no certificate has, typed in the form: said plainly, the form there to try again.
  await v.goto('/verify')
  await v.getByLabel('تصدیقی کوڈ').fill('ABCD-EFGH-JKLM')
  await v.getByRole('button', { name: 'جانچیں' }).click()
  await expect(v.getByRole('alert')).toContainText('اس کوڈ کی کوئی سند نہیں')
  await expect(v.getByLabel('تصدیقی کوڈ')).toHaveValue('ABCD-EFGH-JKLM')
  await phone.close()
})
