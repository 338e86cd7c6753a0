// In the demo's blind cycle (KP cycle 8) the reviewer never learns who applied through a link
// answer such as github.example/zakir-rehman (issue 12, finding 6): not on any review page,
// not in the page's React Server Components payload, not in the export. Staff see the link
// question marked as hidden in blind review in the form editor.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

test('a blind reviewer sees no applicant’s link on any review page, payload or export', async ({ page }) => {
  await loginAs(page, 'REVIEWER')
  await page.goto('/review')
  const reviews = [...new Set(await page.locator('a[href^="/review/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))]
  const pages = reviews.filter((href) => /^\/review\/[0-9a-f-]{36}$/.test(href))
  const exports = reviews.filter((href) => href.startsWith('/review/export/'))
  expect(pages.length).toBeGreaterThan(0)
  expect(exports.length).toBeGreaterThan(0)
  for (const url of [...pages, ...exports]) {
    for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
      const res = await page.request.get(url, { headers })
      expect(res.status(), url).toBe(200)
      expect(await res.text(), `${url} ${JSON.stringify(headers)}`).not.toContain('github.example')
    }
  }
})

test('staff see the link question marked hidden in blind review, and the editor explains what to mark', async ({ page }) => {
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 8 (2027)' }).first().click()
  await page.getByRole('link', { name: 'Recruitment', exact: true }).first().click()
  await page.getByRole('navigation', { name: 'Recruitment sections' }).getByRole('link', { name: 'Call and form' }).click()
  const question = page.getByRole('listitem').filter({ hasText: 'Portfolio or GitHub link' }).first()
  await expect(question.getByText(/^Personal$|^Link: hidden in blind review$/)).toBeVisible()
  await expect(page.getByText('Personal or identifying').first()).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})
