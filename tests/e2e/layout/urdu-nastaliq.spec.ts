// Urdu in Nastaliq needs tall lines: card text must not be squeezed to Tailwind's Latin line
// heights, and a filter's label must sit above its input, not run into it.
import { expect, test } from '@playwright/test'

test.use({ locale: 'ur-PK' })

test('Urdu cards and filters give Nastaliq room', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'daftar_locale', value: 'ur', url: baseURL! }])
  await page.goto('/projects')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur')
  const ratios = await page.locator('main h2, main p.text-sm, main label').evaluateAll((els) =>
    els.map((e) => {
      const s = getComputedStyle(e)
      return parseFloat(s.lineHeight) / parseFloat(s.fontSize)
    }),
  )
  expect(ratios.length).toBeGreaterThan(3)
  for (const r of ratios) expect(r).toBeGreaterThanOrEqual(1.75)
  // Each filter label ends above the top of its own input.
  const gaps = await page.locator('main form label[for]').evaluateAll((labels) =>
    labels.map((l) => {
      const input = document.getElementById(l.getAttribute('for')!)
      return input ? input.getBoundingClientRect().top - l.getBoundingClientRect().bottom : 0
    }),
  )
  expect(gaps.length).toBeGreaterThan(0)
  for (const g of gaps) expect(g).toBeGreaterThanOrEqual(2)
})
