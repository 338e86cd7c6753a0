// Makes the promise "every page passes axe; every UI string exists in English and Urdu"
// checkable: a visitor and each demo role follow every link they can see, breadth-first,
// and every page template of app/ must be reached (or be an explained exception below).
//
// What is checked, on the first visit of each route template (over all roles):
// - the link answered 200 (a 404 or 500 is reported with the page the link was on);
// - axe (WCAG 2.1 A/AA) in English at desktop width, then in Urdu at 390 px, after the header's language switch;
// - the page has a title of its own (WCAG 2.4.2), in both languages: not just the app's name
//   ("Daftar", "دفتر"). A route that only redirects is never scanned: the page it lands on is;
// - in Urdu: <html lang="ur" dir="rtl">; the <h1> differs from the English <h1> (unless the
//   template's heading is a record's name, NAME_HEADINGS), so does the page's title; and no
//   text in <main> is still English UI copy: an element whose whole text, or aria-label,
//   placeholder, alt or title, is an English message of the catalogue
//   (lib/i18n/messages), or a heading, table header, legend, caption or button (or one of
//   those attributes) written as an English sentence (Latin script, lowercase words).
//   Data in English (names, project titles, descriptions) is not flagged; so neither is UI
//   text hard-coded in a <p> or <td> that is not also in the catalogue;
// - in Urdu: visible text with Latin words that the Urdu catalogue does not use (a name, a
//   title, an update typed in English) sits in a <bdi> or an element with dir="auto"/"ltr";
// - in both languages: at 390 px the page does not scroll sideways.
// Every later visit of a template (another concrete URL, another role) only checks the
// status and collects links. GET only: forms are never submitted, downloads never fetched.
//
// The map of app/ and its exceptions: routes.ts; the crawl: crawler.ts; the checks of a page:
// page-checks.ts; what was found: findings.ts.
import { expect, loginAs, setLanguage, test } from '../support/fixtures'
import { crawl, followable, linksOn } from './crawler'
import { failures, found, progress, redirects, reached, scannedTemplates } from './findings'
import { checkPhoneWidth, checkTitled, checkUrdu, headingOf, open, scan, type Scanned } from './page-checks'
import { EXCEPTIONS, PAGES, STARTS, templateOf, type Who } from './routes'

test('every page is reachable, answers 200, passes axe in English and Urdu and fits a phone', async ({ page, baseURL }) => {
  test.setTimeout(20 * 60_000)
  const started = Date.now()
  const summary: string[] = []
  let reported = 0
  for (const who of Object.keys(STARTS) as Who[]) {
    const t0 = Date.now()
    progress.visited = 0
    await test.step(who, async () => {
      await page.context().clearCookies()
      if (who !== 'anonymous') await loginAs(page, who)
      const toScan = await crawl(page, new URL(baseURL!).origin, who, STARTS[who])
      if (toScan.length) {
        await setLanguage(page, 'ur')
        for (const s of toScan) await checkUrdu(page, s)
      }
      summary.push(
        `${who}: ${progress.visited} pages visited, ${toScan.length} templates scanned in ${Math.round((Date.now() - t0) / 1000)}s`,
      )
      // Shown as the crawl goes: a run cut short by its time limit still says what it found.
      console.log(`${who}: ${failures.length} failures so far\n${failures.slice(reported).join('\n')}`)
      reported = failures.length
    })
  }

  await test.step('exceptions, reached by URL', async () => {
    const pending = Object.entries(EXCEPTIONS).filter(([template, e]) => e.reach && !scannedTemplates.has(template))
    for (const who of new Set(pending.map(([, e]) => e.reach!.as))) {
      await page.context().clearCookies()
      if (who !== 'anonymous') await loginAs(page, who)
      const toScan: Scanned[] = []
      for (const [template, { reach }] of pending.filter(([, e]) => e.reach!.as === who)) {
        const label = `exception ${template}`
        const from = typeof reach!.from === 'string' ? reach!.from : reach!.from((t) => found.get(t) ?? `(${t} not reached)`)
        if (!(await open(page, who, from, label))) continue
        let url = from
        if (reach!.link) {
          const link = followable(await linksOn(page), page.url(), new URL(page.url()).origin).find((l) => reach!.link!.test(l))
          if (!link) {
            failures.push(`${label}: no link matching ${reach!.link} on ${from}`)
            continue
          }
          url = link
          if (!(await open(page, who, url, from))) continue
        }
        if (templateOf(new URL(page.url()).pathname, PAGES) !== template) {
          failures.push(`${label}: ${url} ended on ${page.url()}`)
          continue
        }
        scannedTemplates.add(template)
        await scan(page, `${who} ${url} (English)`)
        await checkPhoneWidth(page, `${who} ${url} (English)`)
        const title = await page.title()
        checkTitled(`${who} ${url} (English)`, title)
        toScan.push({ who, url, template, h1: await headingOf(page), title })
      }
      if (toScan.length) {
        await setLanguage(page, 'ur')
        for (const s of toScan) await checkUrdu(page, s)
      }
    }
  })

  const unreached = PAGES.filter((t) => !reached.has(t) && !EXCEPTIONS[t])
  const stale = Object.keys(EXCEPTIONS).filter((t) => !PAGES.includes(t))
  summary.push(`redirects: ${[...redirects].join('; ')}`, `unreached: ${unreached.join(', ')}`)
  summary.push(`not scanned: ${PAGES.filter((t) => !scannedTemplates.has(t)).join(', ')}`)
  summary.push(
    `${reached.size} of ${PAGES.length} templates reached by links, ${scannedTemplates.size} scanned, in ${Math.round((Date.now() - started) / 1000)}s`,
  )
  await test.info().attach('crawl summary', { body: summary.join('\n'), contentType: 'text/plain' })
  console.log(summary.join('\n'))

  expect(failures, 'pages that failed a check').toEqual([])
  expect(unreached, 'pages no link leads to: link to them, or list them in EXCEPTIONS with the reason').toEqual([])
  expect(stale, 'EXCEPTIONS naming routes that no longer exist').toEqual([])
})
