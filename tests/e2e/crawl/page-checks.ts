// The checks the crawl (tests/e2e/crawl/every-page.spec.ts) makes of a page: it opens with a
// 200, passes axe, has a title of its own, fits a phone; in Urdu, is right to left with no
// English UI copy left and typed Latin text direction-isolated. Failures are collected in
// findings.ts, not thrown, so one run reports every page.
import type { Page } from '@playwright/test'
import { expectAccessible } from '../support/fixtures'
import { dictionaries } from '../../../lib/i18n/messages'
import { failures } from './findings'
import { NAME_HEADINGS, type Who } from './routes'

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
export async function checkPhoneWidth(page: Page, label: string) {
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

export interface Scanned {
  who: Who
  url: string
  template: string
  h1: string
  title: string
}

export async function headingOf(page: Page) {
  const h1 = page.locator('main h1').first()
  return (await h1.count()) ? (await h1.innerText()).replace(/\s+/g, ' ').trim() : ''
}

export async function scan(page: Page, label: string) {
  try {
    await expectAccessible(page)
  } catch (e) {
    failures.push(`${label}: ${(e as Error).message.split('\n').slice(0, 12).join('\n')}`)
  }
}

/** Opens `url`; returns false (after noting why, if it is a defect) when it is not a 200 HTML page. */
export async function open(page: Page, who: Who, url: string, from: string) {
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
export function checkTitled(label: string, title: string) {
  if (!topicOf(title)) failures.push(`${label}: the page has no title of its own ("${title}")`)
}

export async function checkUrdu(page: Page, s: Scanned) {
  const label = `${s.who} ${s.url} (Urdu)`
  if (!(await open(page, s.who, s.url, '(Urdu pass)'))) return
  const html = page.locator('html')
  if ((await html.getAttribute('lang')) !== 'ur' || (await html.getAttribute('dir')) !== 'rtl') {
    failures.push(`${label}: <html> is not lang="ur" dir="rtl"`)
    return
  }
  // The English scan ran at desktop width; this one runs at a phone's, where wide tables
  // scroll in their own box and the menu folds (a scrolling box must take the keyboard).
  const before = page.viewportSize()
  await page.setViewportSize(PHONE)
  await scan(page, `${label} at ${PHONE.width}px`)
  if (before) await page.setViewportSize(before)
  const h1 = await headingOf(page)
  const title = await page.title()
  checkTitled(label, title)
  const topic = topicOf(title)
  if (topic && topic === topicOf(s.title) && !NAME_HEADINGS.has(s.template))
    failures.push(`${label}: the title "${topic}" is the same as in English`)
  if (!h1) failures.push(`${label}: no <h1> in <main>`)
  else if (h1 === s.h1 && !NAME_HEADINGS.has(s.template)) failures.push(`${label}: the <h1> "${h1}" is the same as in English`)
  const left = await untranslated(page, NAME_HEADINGS.has(s.template) ? [h1] : [])
  if (left.length)
    failures.push(
      `${label}: English left in <main>: ${left
        .slice(0, 8)
        .map((t) => JSON.stringify(t.slice(0, 80)))
        .join(', ')}`,
    )
  const loose = await unisolated(page)
  if (loose.length)
    failures.push(
      `${label}: Latin text not direction-isolated (<UserText>, dir="auto"): ${loose
        .slice(0, 8)
        .map((t) => JSON.stringify(t))
        .join(', ')}`,
    )
  await checkPhoneWidth(page, label)
}
