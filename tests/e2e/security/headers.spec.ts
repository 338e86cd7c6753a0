// The Content-Security-Policy of a production build's responses (issue 12, findings 7 and 9):
// a downloaded file keeps the strict sandbox policy it is served with, and a page fetched as
// a prefetch (the browser's Purpose: prefetch, the app router's next-router-prefetch) carries
// the same nonce policy as any page, its scripts carrying the nonce.
import { expect, loginAs, test } from '../support/fixtures'
import { linkFromMail } from '../support/mail'

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  )

const PREFETCHES: Record<string, string>[] = [
  { Purpose: 'prefetch' },
  { 'Sec-Purpose': 'prefetch' },
  { 'next-router-prefetch': '1' },
  { 'next-router-prefetch': '1', RSC: '1' },
]

test('a page fetched as a prefetch carries the page policy, with a nonce on every script', async ({ page }) => {
  const check = async (url: string) => {
    for (const headers of PREFETCHES) {
      // An RSC request without its cache-busting parameter is sent on to one with it first.
      const res = await page.request.get(url, { headers })
      const label = `${url} ${JSON.stringify(headers)}`
      expect(res.status(), label).toBe(200)
      const csp = res.headers()['content-security-policy']
      expect(csp, label).toBeTruthy()
      const scriptSrc = directives(csp).get('script-src')!
      expect(scriptSrc, label).not.toContain("'unsafe-inline'")
      expect(directives(csp).get('frame-ancestors'), label).toEqual(["'none'"])
      if (res.headers()['content-type']?.startsWith('text/html')) {
        const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1)
        expect(nonce, `${label}: a nonce for the page's scripts`).toBeTruthy()
        const used = [...(await res.text()).matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1])
        expect(used.length, label).toBeGreaterThan(0)
        expect(new Set(used), label).toEqual(new Set([nonce]))
      }
    }
  }
  for (const url of ['/', '/sign-in', '/programmes', '/calls/kp-government-innovation-fellowship']) await check(url)
  await loginAs(page, 'STAFF')
  for (const url of ['/staff', '/staff/cycles', '/staff/outbox']) await check(url)
})

test('a downloaded file keeps its strict sandbox policy', async ({ page }) => {
  test.setTimeout(180_000)
  // A new applicant confirms their email, saves a draft of the open call with a CV, and
  // downloads it again.
  const run = Math.random().toString(36).slice(2, 8)
  const email = `download-${run}@example.pk`
  await page.goto('/calls/kp-government-innovation-fellowship')
  await page.getByRole('link', { name: 'Create an account to apply' }).click()
  await page.getByLabel('Full name').fill(`Sadia Noor ${run}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill('a long enough password')
  await page.getByLabel('Confirm password').fill('a long enough password')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('Check your email: we have sent a link to confirm the address.', { exact: false })).toBeVisible()
  const verify = await linkFromMail(email, /https?:\/\/\S+\/verify-email\?\S+/)
  await page.goto(verify.pathname + verify.search)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/apply\/cycles\//)
  await page
    .getByLabel(/^CV/)
    .setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n% a short CV\n') })
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText('Draft saved.', { exact: false })).toBeVisible()
  const href = (await page.locator('a[href^="/files/"]').first().getAttribute('href'))!

  const res = await page.request.get(href)
  expect(res.status()).toBe(200)
  expect(res.headers()['content-disposition']).toMatch(/^attachment;/)
  const csp = directives(res.headers()['content-security-policy'])
  expect(csp.get('default-src')).toEqual(["'none'"])
  expect(csp.has('sandbox')).toBe(true)
  expect(csp.has('script-src')).toBe(false)
})
