// A page costs one request and its files, not one per link in view: links do not prefetch
// (components/ui/link.tsx, issue 18). A staff page used to send 35 prefetch requests after it
// loaded, the public home 20, each answered by the server and paid for in a phone's data. A
// link still navigates in place, without reloading the page.
import type { Page } from '@playwright/test'
import { expect, loginAs, test } from '../support/fixtures'

/** Every request the router sends for a page's data (prefetches carry next-router-prefetch). */
function routerRequests(page: Page) {
  const seen: { url: string; prefetch: boolean }[] = []
  page.on('request', (r) => {
    const h = r.headers()
    if (h['rsc'] || h['next-router-prefetch']) seen.push({ url: r.url(), prefetch: Boolean(h['next-router-prefetch']) })
  })
  return seen
}

/** Loaded and quiet: Next.js prefetches links in view as soon as it has hydrated after load. */
async function settle(page: Page) {
  await page.waitForLoadState('load')
  await page.waitForLoadState('networkidle')
}

test('a visitor and a staff member load pages that prefetch nothing, and links still navigate in place', async ({ page }) => {
  const seen = routerRequests(page)
  await page.goto('/')
  await settle(page)
  const header = page.locator('header').first()
  expect(seen).toEqual([])
  // A hover prefetches a link that did not prefetch in view; the click below follows it, so a
  // hover prefetch would be among the requests checked after the click.
  await header.getByRole('link', { name: 'Programmes', exact: true }).hover()

  // The click is a navigation inside the page: the marker set on this window survives it.
  await page.evaluate(() => ((window as unknown as { daftarMarker: number }).daftarMarker = 1))
  await header.getByRole('link', { name: 'Programmes', exact: true }).click()
  await expect(page).toHaveURL(/\/programmes$/)
  await expect(page.locator('main h1')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { daftarMarker?: number }).daftarMarker)).toBe(1)
  expect(seen.filter((r) => r.prefetch)).toEqual([])
  expect(seen.some((r) => new URL(r.url).pathname === '/programmes')).toBe(true)

  await loginAs(page, 'STAFF')
  seen.length = 0
  await page.goto('/staff')
  await settle(page)
  expect(seen).toEqual([])
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).last()
  await expect(nav.getByRole('link').first()).toBeVisible()
  expect(await nav.getByRole('link').count()).toBeGreaterThan(3)
})
