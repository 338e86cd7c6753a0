// No one can sign in as someone else from the outbox (issue 12, finding 3): anyone may ask
// for a sign-in link or a password reset for the administrator's address, and without SMTP
// the mail stays in Daftar; yet neither staff nor the administrator can read the link on any
// page, in its React Server Components payload, or in the audit log. The recipient gets it
// (here, through the mail the server drops for a local run).
import { expect, loginAs, test } from '../support/fixtures'
import { linkFromMail, mailCount } from '../support/mail'

const ADMIN = 'admin@daftar.pk'

test('staff and the administrator cannot read anyone’s sign-in or reset link on any page', async ({ page, browser }) => {
  const before = mailCount(ADMIN)
  await page.goto('/sign-in')
  const ask = page.getByRole('form', { name: 'Or get a sign-in link by email' })
  await ask.getByLabel('Email').fill(ADMIN)
  await ask.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page.getByText('If an account exists for that address, a sign-in link is on its way.', { exact: false })).toBeVisible()
  const signInLink = await linkFromMail(ADMIN, /https?:\/\/\S+\/sign-in\/link\?token=[A-Za-z0-9_-]+/, before)
  await page.goto('/forgot-password')
  await page.getByLabel('Email').fill(ADMIN)
  await page.getByRole('button', { name: 'Send reset link' }).click()
  await expect(page.getByText('If an account exists for that address, a reset link is on its way.', { exact: false })).toBeVisible()
  const resetLink = await linkFromMail(ADMIN, /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/, before + 1)
  const tokens = [signInLink.searchParams.get('token')!, resetLink.searchParams.get('token')!]

  for (const role of ['STAFF', 'ADMIN'] as const) {
    const context = await browser.newContext()
    const p = await context.newPage()
    await loginAs(p, role)
    // The outbox says what was sent to whom and when, not what it says.
    await p.goto(`/staff/outbox?to=${encodeURIComponent(ADMIN)}`)
    const resetRow = p.getByRole('listitem').filter({ hasText: 'Reset your Daftar password' }).first()
    await expect(resetRow).toContainText('Not shown: this message carries a link only its recipient may use.')
    await expect(resetRow.getByTestId('outbox-body')).toHaveCount(0)
    await expect(p.getByRole('listitem').filter({ hasText: 'Your Daftar sign-in link' }).first()).toBeVisible()
    // Nor does any staff page's HTML or its React Server Components payload carry the link.
    for (const url of [
      '/staff/outbox',
      `/staff/outbox?to=${encodeURIComponent(ADMIN)}`,
      '/staff/audit',
      `/staff/people?q=${encodeURIComponent(ADMIN)}`,
    ]) {
      for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
        const res = await p.request.get(url, { headers })
        expect(res.status(), url).toBe(200)
        const text = await res.text()
        for (const t of tokens) expect(text, `${url} ${JSON.stringify(headers)} shows a link to ${role}`).not.toContain(t)
        expect(text, `${url} ${JSON.stringify(headers)} shows someone's link to ${role}`).not.toMatch(
          /(token=|\/invite\/)[A-Za-z0-9_-]{20,}/,
        )
      }
    }
    await context.close()
  }
})
