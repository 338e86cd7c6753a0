// Makes the promise "every page passes axe; every UI string exists in English and Urdu"
// checkable: a visitor and each demo role follow every link they can see, breadth-first,
// and every page template of app/ must be reached (or be an explained exception below).
//
// What is checked, on the first visit of each route template (over all roles):
// - the link answered 200 (a 404 or 500 is reported with the page the link was on);
// - axe (WCAG 2.1 A/AA) in English, then in Urdu, after the header's language switch;
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
import { readdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, loginAs, setLanguage, test } from '../support/fixtures'
import { dictionaries } from '../../../lib/i18n/messages'
import type { RoleName } from '../../../lib/auth/roles'

const APP_DIR = path.resolve(__dirname, '../../../app')

/** URL templates of the files called `file` under app/, route groups "(…)" left out. */
function routesOnDisk(file: 'page.tsx' | 'route.ts'): string[] {
  const out: string[] = []
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith('_')) continue // private folders hold components, not routes
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name])
      } else if (entry.name === file) out.push('/' + segments.join('/'))
    }
  }
  walk(APP_DIR, [])
  return out.sort()
}

const PAGES = routesOnDisk('page.tsx')
const HANDLERS = routesOnDisk('route.ts')

/** The template a path renders; static segments win over dynamic ones (/cycles/new over /cycles/[id]). */
function templateOf(pathname: string, templates: string[]): string | null {
  const parts = pathname.split('/').filter(Boolean)
  let best: { template: string; score: string } | null = null
  for (const template of templates) {
    const segs = template.split('/').filter(Boolean)
    const catchAll = segs.length > 0 && segs[segs.length - 1].startsWith('[...')
    if (catchAll ? parts.length < segs.length : parts.length !== segs.length) continue
    let score = ''
    let fits = true
    for (let i = 0; i < segs.length && fits; i++) {
      if (segs[i].startsWith('[')) score += '0'
      else if (segs[i] === parts[i]) score += '1'
      else fits = false
    }
    if (fits && (!best || score > best.score)) best = { template, score }
  }
  return best?.template ?? null
}

type Who = 'anonymous' | RoleName

interface Exception {
  reason: string
  /**
   * How to show it anyway, from the demo data as the pages present it: as whom, which URL
   * to open (a path, or one built from a page the crawl reached) and, if given, which link
   * on it to follow.
   */
  reach?: { as: Who; from: string | ((found: (template: string) => string) => string); link?: RegExp }
}

/** Pages no link in the demo data leads to, and why. */
const EXCEPTIONS: Record<string, Exception> = {
  // A sign-in passes through it on the way to the role's home: it only redirects.
  '/after-sign-in': { reason: 'redirects straight to the role home or the page asked for; never renders' },
  // Links to these arrive by email with a one-time token. Without a valid one they show
  // what a stale or mistyped link shows; that state is scanned.
  '/reset-password': { reason: 'the password-reset link arrives by email', reach: { as: 'anonymous', from: '/reset-password' } },
  '/sign-in/link': { reason: 'the sign-in link arrives by email', reach: { as: 'anonymous', from: '/sign-in/link' } },
  '/verify-email': { reason: 'the verification link arrives by email', reach: { as: 'anonymous', from: '/verify-email' } },
  '/invite/[token]': { reason: 'the invitation arrives by email', reach: { as: 'anonymous', from: '/invite/no-such-invitation' } },
  // The seed publishes no year in review (publishing is a change of data: the year-review
  // flow does it), and an unpublished year is a 404.
  '/reports/[year]': { reason: 'no report is published in the demo data' },
  // The demo applicant has applied to every open call, so her links to the form go on to
  // her application. The demo fellow may apply too and has not: her portal links to it.
  '/apply/cycles/[cycleId]': {
    reason: "the demo applicant's calls are all applied for",
    reach: { as: 'FELLOW', from: '/apply', link: /^\/apply\/cycles\/[^/]+$/ },
  },
  // The placement page links to the matching run once there is one; the seed has none and
  // running one changes data. The page shows its empty state.
  '/staff/cycles/[id]/placement/match': {
    reason: 'no matching run in the demo data',
    reach: { as: 'STAFF', from: (found) => `${found('/staff/cycles/[id]/placement')}/match` },
  },
  // The board's bulk move (a form post) redirects here with the applications chosen. Shown
  // for the application the crawl opened, as a move to interview.
  '/staff/cycles/[id]/recruitment/move': {
    reason: 'the confirmation of a bulk move follows a form post on the board',
    reach: {
      as: 'STAFF',
      from: (found) => {
        const application = found('/staff/cycles/[id]/recruitment/applications/[appId]')
        const [, cycle, id] = application.match(/^\/staff\/cycles\/([^/]+)\/recruitment\/applications\/([^/]+)$/) ?? []
        return cycle ? `/staff/cycles/${cycle}/recruitment/move?to=INTERVIEW&ids=${id}` : application
      },
    },
  },
  // Only a reviewer on an interview's panel opens it; the demo data has no interview (the
  // recruitment flow schedules one: tests/e2e/recruitment/recruitment-flow.spec.ts).
  '/review/interviews/[id]': { reason: 'no interview in the demo data' },
}

/** Templates whose <h1> is a record's name (a person, project, programme): the same in both languages. */
const NAME_HEADINGS = new Set<string>([
  '/fellow/deliverables/[id]', // the deliverable's title
  '/partner/deliverables/[id]', // the deliverable's title
  '/partner/projects/[id]', // the project's title
  '/staff/cycles/[id]', // the cycle's name
  '/staff/cycles/[id]/placement/projects/[projectId]', // the project's title
  '/staff/cycles/[id]/progress/projects/[projectId]', // the project's title
  '/staff/cycles/[id]/progress/deliverables/[deliverableId]', // the deliverable's title
])

const STARTS: Record<Who, string[]> = {
  anonymous: ['/', '/programmes', '/projects', '/reports', '/open-data', '/sign-in', '/sign-up', '/forgot-password'],
  // Reviewers first: staff can open the review queue too, but see it as staff.
  APPLICANT: ['/apply'],
  REVIEWER: ['/review'],
  FELLOW: ['/fellow'],
  PARTNER: ['/partner'],
  STAFF: ['/staff'],
  ADMIN: ['/staff'],
}

/** English UI copy (message catalogue) that reads differently in Urdu: whole-text matches. */
const ENGLISH_COPY = (() => {
  const exact = new Set<string>()
  const walk = (en: unknown, ur: unknown) => {
    if (typeof en === 'string') {
      if (en !== ur && /[A-Za-z]{3}/.test(en) && !en.includes('{')) exact.add(en.trim())
    } else if (en && typeof en === 'object') {
      for (const k of Object.keys(en)) walk((en as Record<string, unknown>)[k], (ur as Record<string, unknown>)[k])
    }
  }
  walk(dictionaries.en, dictionaries.ur)
  return [...exact]
})()

/**
 * Latin words the Urdu catalogue itself uses (CSV, PDF, IBAN...): Urdu UI copy, not text a
 * person typed. Placeholders and plural selectors ({n, plural, other {…}}) are left out.
 */
const URDU_LATIN = (() => {
  const words = new Set<string>()
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      const text = v.replace(/\{\s*\w+\s*(,\s*plural\s*,)?/g, ' ').replace(/\b(zero|one|two|few|many|other)\s*\{/g, ' ')
      for (const w of text.match(/[A-Za-z]+/g) ?? []) words.add(w)
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x)
  }
  walk(dictionaries.ur)
  return [...words]
})()

/** The phone width every page must fit without scrolling sideways. */
const PHONE = { width: 390, height: 844 }

/**
 * At 390 px the page must not scroll sideways: wide tables scroll inside their own box. On
 * failure names the widest element sticking out of the screen that no scrolling box clips.
 */
async function checkPhoneWidth(page: Page, label: string) {
  const before = page.viewportSize()
  await page.setViewportSize(PHONE)
  try {
    const overflow = await page.evaluate(() => {
      const de = document.documentElement
      if (de.scrollWidth <= de.clientWidth) return null
      const W = de.clientWidth
      const clippedInside = (el: Element) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === 'visible') continue
          const r = a.getBoundingClientRect()
          if (r.right <= W + 1 && r.left >= -1) return true
        }
        return false
      }
      let worst: { el: Element; width: number } | null = null
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect()
        if (r.width === 0 || Math.max(r.right - W, -r.left) <= 1) continue
        if (clippedInside(el)) continue
        if (!worst || r.width > worst.width) worst = { el, width: r.width }
      }
      const what = worst
        ? `<${worst.el.tagName.toLowerCase()} class="${(worst.el.getAttribute('class') ?? '').slice(0, 80)}"> ${Math.round(worst.width)}px wide: "${(worst.el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}"`
        : '(no single element found)'
      return `scrollWidth ${de.scrollWidth} > ${W}; widest: ${what}`
    })
    if (overflow) failures.push(`${label}: scrolls sideways at ${PHONE.width}px: ${overflow}`)
  } finally {
    if (before) await page.setViewportSize(before)
  }
}

/**
 * Text a person typed, shown on an Urdu page, must be direction-isolated (a <bdi>, or an
 * element with dir="auto"/"ltr"): otherwise an English sentence shows its full stop at
 * the wrong end. Found as visible text with Latin words the Urdu catalogue does not use.
 */
async function unisolated(page: Page) {
  return page.locator('body').evaluate((body, allowed) => {
    const ok = new Set(allowed)
    const found = new Set<string>()
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const words = (n.nodeValue ?? '').match(/[A-Za-z]+/g)
      if (!words || words.every((w) => ok.has(w))) continue
      const el = n.parentElement
      if (!el || el.closest('bdi, [dir="auto"], [dir="ltr"], script, style, noscript, template, option, textarea')) continue
      if (!el.checkVisibility({ visibilityProperty: true }) || el.closest('.sr-only')) continue
      found.add((n.nodeValue ?? '').replace(/\s+/g, ' ').trim().slice(0, 60))
    }
    return [...found]
  }, URDU_LATIN)
}

interface Scanned {
  who: Who
  url: string
  template: string
  h1: string
  title: string
}

const failures: string[] = []
const reached = new Map<string, Who>() // template -> first who reached it
const scannedTemplates = new Set<string>()
const found = new Map<string, string>() // template -> the first concrete path that rendered it

async function headingOf(page: Page) {
  const h1 = page.locator('main h1').first()
  return (await h1.count()) ? ((await h1.innerText()).replace(/\s+/g, ' ').trim()) : ''
}

async function scan(page: Page, label: string) {
  try {
    await expectAccessible(page)
  } catch (e) {
    failures.push(`${label}: ${(e as Error).message.split('\n').slice(0, 12).join('\n')}`)
  }
}

/** Opens `url`; returns false (after noting why, if it is a defect) when it is not a 200 HTML page. */
async function open(page: Page, who: Who, url: string, from: string) {
  let response
  try {
    response = await page.goto(url)
  } catch (e) {
    if (/Download is starting/i.test(String(e))) return false
    failures.push(`${who}: ${url} (linked from ${from}) did not load: ${String(e).split('\n')[0]}`)
    return false
  }
  if (!response) return false
  if (!(response.headers()['content-type'] ?? '').includes('text/html')) return false
  if (response.status() !== 200) {
    failures.push(`${who}: ${url} (linked from ${from}) answered ${response.status()}`)
    return false
  }
  return true
}

async function linksOn(page: Page) {
  return page.locator('a[href]:not([download])').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
}

/** Same-origin links worth following, from hrefs resolved against the page they were on. */
function followable(hrefs: string[], base: string, origin: string) {
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
    out.push(href.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"'))
  }
  return out
}

const redirects = new Set<string>()
const RECORDS_PER_TEMPLATE = 4
let visited = 0

/**
 * Breadth-first crawl in English. The first page of a template not yet scanned opens in the
 * browser and gets axe; other visits fetch the HTML only (status and links), which is faster.
 * Returns the pages this role scanned first, for the Urdu pass.
 */
async function crawl(page: Page, origin: string, who: Who, starts: string[]) {
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
    visited++

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

/** English UI copy still showing in the Urdu page's <main>. */
async function untranslated(page: Page, names: string[]) {
  return page.locator('main').evaluate(
    (main, [english, names]) => {
      const copy = new Set(english)
      const data = new Set(names)
      const found = new Set<string>()
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim()
      const stop = new Set(['and', 'the', 'for', 'with', 'from', 'into', 'per'])
      const sentence = (t: string) => !/[\u0600-\u06FF]/.test(t) && t.split(/[^A-Za-z]+/).some((w) => /^[a-z]{3,}$/.test(w) && !stop.has(w))
      for (const el of Array.from(main.querySelectorAll<HTMLElement>('*'))) {
        if (el.closest('[lang="en"], [dir="ltr"], code, pre, script, style')) continue
        const text = norm(el.textContent ?? '')
        if (text && !data.has(text)) {
          if (copy.has(text)) found.add(text)
          else if (el.matches('h1, th, legend, caption, button, summary') && sentence(text)) found.add(text)
        }
        // Names read out by screen readers and hints in empty fields are UI text as well.
        for (const attr of ['aria-label', 'placeholder', 'alt', 'title']) {
          const value = norm(el.getAttribute(attr) ?? '')
          if (value && !data.has(value) && (copy.has(value) || sentence(value))) found.add(`${attr}="${value}"`)
        }
      }
      return [...found]
    },
    [ENGLISH_COPY, names] as const,
  )
}

/** A title without the app's name ("Programmes · Daftar" -> "Programmes"); '' for the bare name. */
function topicOf(title: string) {
  const names = [dictionaries.en.common.appName, dictionaries.ur.common.appName]
  const parts = title.split(' · ')
  if (parts.length > 1 && names.includes(parts[parts.length - 1])) parts.pop()
  const topic = parts.join(' · ')
  return names.includes(topic) ? '' : topic
}

/** A page titled only with the app's name cannot be told apart from any other (WCAG 2.4.2). */
function checkTitled(label: string, title: string) {
  if (!topicOf(title)) failures.push(`${label}: the page has no title of its own ("${title}")`)
}

async function checkUrdu(page: Page, s: Scanned) {
  const label = `${s.who} ${s.url} (Urdu)`
  if (!(await open(page, s.who, s.url, '(Urdu pass)'))) return
  const html = page.locator('html')
  if ((await html.getAttribute('lang')) !== 'ur' || (await html.getAttribute('dir')) !== 'rtl') {
    failures.push(`${label}: <html> is not lang="ur" dir="rtl"`)
    return
  }
  await scan(page, label)
  const h1 = await headingOf(page)
  const title = await page.title()
  checkTitled(label, title)
  const topic = topicOf(title)
  if (topic && topic === topicOf(s.title) && !NAME_HEADINGS.has(s.template)) failures.push(`${label}: the title "${topic}" is the same as in English`)
  if (!h1) failures.push(`${label}: no <h1> in <main>`)
  else if (h1 === s.h1 && !NAME_HEADINGS.has(s.template)) failures.push(`${label}: the <h1> "${h1}" is the same as in English`)
  const left = await untranslated(page, NAME_HEADINGS.has(s.template) ? [h1] : [])
  if (left.length) failures.push(`${label}: English left in <main>: ${left.slice(0, 8).map((t) => JSON.stringify(t.slice(0, 80))).join(', ')}`)
  const loose = await unisolated(page)
  if (loose.length) failures.push(`${label}: Latin text not direction-isolated (<UserText>, dir="auto"): ${loose.slice(0, 8).map((t) => JSON.stringify(t)).join(', ')}`)
  await checkPhoneWidth(page, label)
}

test('every page is reachable, answers 200, passes axe in English and Urdu and fits a phone', async ({ page, baseURL }) => {
  test.setTimeout(20 * 60_000)
  const started = Date.now()
  const summary: string[] = []
  let reported = 0
  for (const who of Object.keys(STARTS) as Who[]) {
    const t0 = Date.now()
    visited = 0
    await test.step(who, async () => {
      await page.context().clearCookies()
      if (who !== 'anonymous') await loginAs(page, who)
      const toScan = await crawl(page, new URL(baseURL!).origin, who, STARTS[who])
      if (toScan.length) {
        await setLanguage(page, 'ur')
        for (const s of toScan) await checkUrdu(page, s)
      }
      summary.push(`${who}: ${visited} pages visited, ${toScan.length} templates scanned in ${Math.round((Date.now() - t0) / 1000)}s`)
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
  summary.push(`${reached.size} of ${PAGES.length} templates reached by links, ${scannedTemplates.size} scanned, in ${Math.round((Date.now() - started) / 1000)}s`)
  await test.info().attach('crawl summary', { body: summary.join('\n'), contentType: 'text/plain' })
  console.log(summary.join('\n'))

  expect(failures, 'pages that failed a check').toEqual([])
  expect(unreached, 'pages no link leads to: link to them, or list them in EXCEPTIONS with the reason').toEqual([])
  expect(stale, 'EXCEPTIONS naming routes that no longer exist').toEqual([])
})
