// Slow phones (issue 18): Lighthouse 12 in its default mobile profile (a mid-range phone on
// slow 4G with a 4x slower CPU, simulated) on the pages a visitor, a fellow and a partner land
// on, in English and Urdu, in Debian's Chromium. Each page is measured `runs` times and the
// run with the median performance score is kept (Lighthouse's own advice for variance).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findChromium } from '../../tests/e2e/support/chromium'
import { LOCALE_COOKIE } from '../../lib/i18n/config'

export interface LighthousePage {
  name: string
  path: string
  cookie?: string
}

export interface LighthouseResult {
  name: string
  path: string
  locale: 'en' | 'ur'
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  fcpMs: number
  cls: number
  transferKb: number
  /** Web fonts the page fetched (KB transferred): Geist on every page, Nastaliq only in Urdu. */
  fontKb: number
}

export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100, lcpMs: 2500, tbtMs: 200 }

export function lighthouseShortfalls(r: LighthouseResult): string[] {
  const t = LIGHTHOUSE_TARGETS
  const out: string[] = []
  if (r.performance < t.performance) out.push(`performance < ${t.performance}`)
  if (r.accessibility < t.accessibility) out.push(`accessibility < ${t.accessibility}`)
  if (r.lcpMs >= t.lcpMs) out.push(`LCP ≥ ${t.lcpMs} ms`)
  if (r.tbtMs >= t.tbtMs) out.push(`TBT ≥ ${t.tbtMs} ms`)
  return out
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export async function runLighthouse(
  base: string,
  pages: LighthousePage[],
  o: { runs: number; log: (s: string) => void },
): Promise<LighthouseResult[]> {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const chromePath = findChromium()
  if (!chromePath) throw new Error('no Chromium found: run `npx tsx scripts/ensure-chromium.ts` first')
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'daftar-lh-'))
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROME_FLAGS, `--user-data-dir=${userDataDir}`] })
  const out: LighthouseResult[] = []
  try {
    for (const page of pages) {
      for (const locale of ['en', 'ur'] as const) {
        const cookie = [page.cookie, `${LOCALE_COOKIE}=${locale}`].filter(Boolean).join('; ')
        const runs: LighthouseResult[] = []
        for (let i = 0; i < o.runs; i++) {
          const res = await lighthouse(
            base + page.path,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: ['performance', 'accessibility'],
              extraHeaders: { Cookie: cookie },
            },
            undefined,
          )
          if (!res) throw new Error(`Lighthouse returned nothing for ${page.path}`)
          const lhr = res.lhr
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`)
          const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
          const requests =
            (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)
              ?.items ?? []
          runs.push({
            name: page.name,
            path: page.path,
            locale,
            performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
            accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
            lcpMs: Math.round(audit('largest-contentful-paint')),
            tbtMs: Math.round(audit('total-blocking-time')),
            fcpMs: Math.round(audit('first-contentful-paint')),
            cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
            transferKb: Math.round(audit('total-byte-weight') / 102.4) / 10,
            // The built font files have hashed names, so fonts are told apart by type, not by name.
            fontKb: Math.round(requests.filter((r) => r.resourceType === 'Font').reduce((n, r) => n + (r.transferSize ?? 0), 0) / 1024),
          })
        }
        runs.sort((a, b) => a.performance - b.performance)
        const median = runs[Math.floor(runs.length / 2)]
        o.log(
          `[lighthouse] ${page.name} (${locale}): performance ${median.performance}, LCP ${median.lcpMs} ms, TBT ${median.tbtMs} ms, accessibility ${median.accessibility}`,
        )
        out.push(median)
      }
    }
  } finally {
    await chrome.kill()
    rmSync(userDataDir, { recursive: true, force: true })
  }
  return out
}
