// Malformed ids and values never give a server error (issue 12, finding 11): a record page
// whose id is not an id is simply not found (404), a search value holding a control character
// is ignored, and a file over the upload limit is refused with the usual message beside the
// field, also when the browser did not check it first (no JavaScript); a form over the request
// limit gets a page that says it. A path with malformed percent-encoding is not found (the
// not-found page, with the security headers), never a bare 500 (security probe 2, items 4-6).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import type { RoleName } from '../../../lib/auth/roles'
import { expect, loginAs, test } from '../support/fixtures'

/** Every page and route handler with a dynamic segment, as a URL with "x" in each segment. */
function dynamicRoutes(dir = 'app', prefix = ''): { url: string; handler: boolean }[] {
  const out: { url: string; handler: boolean }[] = []
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (!statSync(p).isDirectory()) {
      if (/^(page|route)\.tsx?$/.test(name) && /\[/.test(prefix))
        out.push({ url: prefix.replace(/\[[^\]]+\]/g, 'x'), handler: name.startsWith('route') })
      continue
    }
    if (name.startsWith('_') || name.startsWith('@')) continue
    // Route groups such as (app) add nothing to the URL.
    out.push(...dynamicRoutes(p, /^\(.*\)$/.test(name) ? prefix : `${prefix}/${name}`))
  }
  return out
}

const areaRole: [RegExp, RoleName | null][] = [
  [/^\/staff/, 'STAFF'],
  [/^\/fellow/, 'FELLOW'],
  [/^\/partner/, 'PARTNER'],
  [/^\/review/, 'REVIEWER'],
  [/^\/apply/, 'APPLICANT'],
  [/^\/account\//, 'FELLOW'], // a signed-in person's own pages (the inbox): any role
  [/^\/files\//, 'STAFF'], // downloads need a signed-in viewer before anything else
  [/^\/(api|invite|referee)\//, null], // next-auth's own routes and token pages: not record pages
]

async function signedIn(browser: Browser, role: RoleName): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await loginAs(page, role)
  return page
}

test('a malformed id in any record page’s URL is a 404, for the role the page is for', async ({ browser, page }) => {
  const routes = dynamicRoutes()
  expect(routes).toContainEqual({ url: '/staff/cycles/x', handler: false })
  const pages = new Map<RoleName, Page>()
  for (const { url, handler } of routes) {
    const rule = areaRole.find(([re]) => re.test(url))
    if (rule && rule[1] === null) continue
    const role = rule?.[1]
    if (role && !pages.has(role)) pages.set(role, await signedIn(browser, role))
    const res = await (role ? pages.get(role)! : page).request.get(url, { maxRedirects: 0 })
    // A route handler that only takes POST (a download after a confirmation) answers 405.
    expect(res.status(), `${url} as ${role ?? 'a visitor'}`).toBe(handler && res.status() === 405 ? 405 : 404)
  }
})

test('the URLs of the security probe answer 404 or the page, never a server error', async ({ page }) => {
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  const cycle = (await page.getByRole('link', { name: 'Cycle 8 (2027)' }).first().getAttribute('href'))!
  const notFound = [
    '/staff/cycles/x',
    '/staff/departments/x',
    '/staff/programmes/x',
    '/staff/cycles/x/placement',
    '/staff/cycles/x/placement/match',
    '/staff/insight/cycles/x',
  ]
  for (const url of notFound) expect((await page.request.get(url)).status(), url).toBe(404)
  const ignored = [
    '/staff/people?q=%00',
    '/staff/departments?q=%00',
    `${cycle}/recruitment?q=%00`,
    `${cycle}/recruitment?district=%00`,
    `${cycle}/recruitment?q=a%00b`,
    '/staff/outbox?to=%00',
    '/staff/outbox?to=%01',
    '/staff/audit?action=%00',
    '/staff/audit?entityType=%00',
    '/staff/audit?entityId=%00',
    '/staff/insight/data/applications?district=%00',
    '/staff/insight/data/fellows?district=%1F',
    '/staff/insight/data/applications/export?district=%00',
  ]
  for (const url of ignored) {
    const res = await page.request.get(url)
    expect(res.status(), url).toBe(200)
  }
  // The search box is shown empty, not with the refused value.
  await page.goto('/staff/people?q=ali%00')
  await expect(page.locator('input[name="q"]')).toHaveValue('')
})

test('malformed percent-encoding and NUL bytes in a URL are not found, with the security headers, never a 500', async ({ page }) => {
  for (const url of [
    '/calls/%ff',
    '/programmes/%C0%AF',
    '/open-data/%ff',
    '/reports/%ff/markdown',
    '/staff/cycles/%ff',
    '/programmes/%00',
    '/calls/%00',
  ]) {
    const res = await page.request.get(url, { maxRedirects: 0 })
    expect(res.status(), url).toBe(404)
    expect(res.headers()['content-security-policy'], url).toMatch(/script-src 'self' 'nonce-/)
    expect(res.headers()['x-frame-options'], url).toBe('DENY')
  }
  for (const url of ['/files/%ff', '/api/auth/%ff']) {
    const res = await page.request.get(url, { maxRedirects: 0 })
    expect(res.status(), url).toBe(400)
    expect(res.headers()['content-security-policy'], url).toBeTruthy()
  }
  const error = await page.request.get('/api/auth/error?error=%00', { maxRedirects: 0 })
  expect(error.status()).toBe(302)
  expect(error.headers()['location']).toBe('/sign-in?error=Default')
})

test('a deliverable file over the upload limit gets the size message beside the field, even without JavaScript', async ({ browser }) => {
  test.setTimeout(180_000)
  const js = await signedIn(browser, 'FELLOW')
  await js.goto('/fellow/deliverables')
  await js.getByRole('link', { name: 'Pilot release' }).click()
  await js.waitForURL(/\/fellow\/deliverables\/[0-9a-f-]{36}$/)
  const url = js.url()
  // Without JavaScript the browser posts the form itself: the server must answer.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await js.context().storageState() })
  const page = await context.newPage()
  await page.goto(url)
  const versions = await page.getByRole('heading', { name: /^Version \d+$/ }).count()
  for (const mb of [10.5, 12.9]) {
    await page.goto(url)
    const form = page.getByRole('form', { name: 'Submit a new version' })
    await form.getByLabel(/^Notes for the reviewer/).fill('The pilot report with photographs.')
    const buffer = Buffer.alloc(Math.round(mb * 1024 * 1024), 0x20)
    buffer.write('%PDF-1.7\n')
    await form.getByLabel(/^Files/).setInputFiles({ name: 'pilot-report.pdf', mimeType: 'application/pdf', buffer })
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      form.getByRole('button', { name: 'Submit version' }).click(),
    ])
    expect(res.status(), `${mb} MB`).toBeLessThan(500)
    await expect(form.getByText('The file is too large: the limit is 10 MB.').first()).toBeVisible()
    await expect(form.getByLabel(/^Files/)).toHaveAttribute('aria-invalid', 'true')
  }
  // Over what one request may carry (25 MB), the form cannot reach its action: a page says the limit.
  await page.goto(url)
  const form = page.getByRole('form', { name: 'Submit a new version' })
  await form.getByLabel(/^Notes for the reviewer/).fill('The pilot report with photographs.')
  const buffer = Buffer.alloc(30 * 1024 * 1024, 0x20)
  buffer.write('%PDF-1.7\n')
  await form.getByLabel(/^Files/).setInputFiles({ name: 'pilot-report.pdf', mimeType: 'application/pdf', buffer })
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    form.getByRole('button', { name: 'Submit version' }).click(),
  ])
  expect(res.status()).toBe(413)
  await expect(page.getByRole('heading', { name: 'This upload is too large' })).toBeVisible()
  await expect(page.getByText('One form can send up to 25 MB at once, and each file can be up to 10 MB.', { exact: false })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the form' }).click()
  await expect(page).toHaveURL(url)
  await expect(page.getByRole('heading', { name: /^Version \d+$/ })).toHaveCount(versions)
})
