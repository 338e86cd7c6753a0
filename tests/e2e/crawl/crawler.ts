// The crawl itself (tests/e2e/crawl/every-page.spec.ts): breadth-first from a visitor's start
// pages, following every same-origin link, a few records per template; the first page of each
// template gets the checks of page-checks.ts.
import type { Page } from '@playwright/test'
import { failures, found, progress, reached, redirects, scannedTemplates } from './findings'
import { checkPhoneWidth, checkTitled, headingOf, open, scan, type Scanned } from './page-checks'
import { HANDLERS, PAGES, templateOf, type Who } from './routes'

export async function linksOn(page: Page) {
  return page.locator('a[href]:not([download])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
}

/** Same-origin links worth following, from hrefs resolved against the page they were on. */
export function followable(hrefs: string[], base: string, origin: string) {
  const out: string[] = []
  for (const href of hrefs) {
    const v = new URL(href, base)
    if (v.origin !== origin) continue
    if (/^\/(api|files|_next)\//.test(v.pathname) || /sign-?out/i.test(v.pathname)) continue
    out.push(v.pathname + v.search)
  }
  return out
}

/** Links in server-rendered HTML, for the visits that need no browser. */
function linksInHtml(html: string) {
  const out: string[] = []
  for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
    const href = tag.match(/\shref="([^"]*)"/)?.[1]
    if (href === undefined || /\sdownload[\s=>]/.test(tag)) continue
    out.push(
      href
        .replace(/&amp;/g, '&')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&quot;/g, '"'),
    )
  }
  return out
}

const RECORDS_PER_TEMPLATE = 4

/**
 * Breadth-first crawl in English. The first page of a template not yet scanned opens in the
 * browser and gets axe; other visits fetch the HTML only (status and links), which is faster.
 * Returns the pages this role scanned first, for the Urdu pass.
 */
export async function crawl(page: Page, origin: string, who: Who, starts: string[]) {
  const queue = starts.map((url) => ({ url, from: '(start)' }))
  const seen = new Set<string>()
  const visits = new Map<string, number>()
  const toScan: Scanned[] = []
  while (queue.length) {
    const { url, from } = queue.shift()!
    const u = new URL(url, origin)
    const key = u.pathname + u.search
    if (seen.has(key)) continue
    seen.add(key)
    const template = templateOf(u.pathname, PAGES)
    if (!template) {
      if (!templateOf(u.pathname, HANDLERS)) failures.push(`${who}: ${from} links to ${key}, which no page renders`)
      continue
    }
    // A couple of records per dynamic template; one URL per static one (query strings only filter).
    const n = visits.get(template) ?? 0
    if (n >= (template.includes('[') ? RECORDS_PER_TEMPLATE : 1)) continue
    visits.set(template, n + 1)
    progress.visited++

    let landed: URL
    let hrefs: string[]
    if (scannedTemplates.has(template)) {
      const res = await page.request.get(key, { failOnStatusCode: false })
      if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue
      if (res.status() !== 200) {
        failures.push(`${who}: ${key} (linked from ${from}) answered ${res.status()}`)
        continue
      }
      landed = new URL(res.url())
      hrefs = linksInHtml(await res.text())
    } else {
      if (!(await open(page, who, key, from))) continue
      landed = new URL(page.url())
      hrefs = await linksOn(page)
    }
    const rendered = templateOf(landed.pathname, PAGES)
    if (!rendered) {
      failures.push(`${who}: ${key} (linked from ${from}) ended on ${landed.pathname}, which no page renders`)
      continue
    }
    if (rendered !== template) redirects.add(`${who}: ${template} -> ${rendered}`)
    if (!reached.has(rendered)) reached.set(rendered, who)
    if (!found.has(rendered)) found.set(rendered, landed.pathname)
    if (!scannedTemplates.has(rendered)) {
      scannedTemplates.add(rendered)
      // Reached through a redirect from a scanned template: open it in the browser now.
      if (page.url() !== landed.href && !(await open(page, who, landed.pathname + landed.search, from))) continue
      const label = `${who} ${landed.pathname}${landed.search} (English)`
      await scan(page, label)
      await checkPhoneWidth(page, label)
      const title = await page.title()
      checkTitled(label, title)
      toScan.push({ who, url: landed.pathname + landed.search, template: rendered, h1: await headingOf(page), title })
    }
    for (const link of followable(hrefs, landed.href, origin)) queue.push({ url: link, from: key })
  }
  return toScan
}
