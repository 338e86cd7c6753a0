// What the crawl (tests/e2e/crawl/every-page.spec.ts) has found so far, over all visitors:
// the failed checks, and which templates were reached, scanned and redirected to.
import type { Who } from './routes'

export const failures: string[] = []
export const reached = new Map<string, Who>() // template -> first who reached it
export const scannedTemplates = new Set<string>()
export const found = new Map<string, string>() // template -> the first concrete path that rendered it
export const redirects = new Set<string>()
/** Pages the current visitor's crawl has visited. */
export const progress = { visited: 0 }
