// The crawl's map of app/ (tests/e2e/crawl/every-page.spec.ts): the page templates on disk,
// which template a path renders, where each visitor starts, the pages no link leads to (and
// how to reach them anyway), and the pages whose heading is a record's name.
import { readdirSync } from 'node:fs'
import path from 'node:path'
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

export const PAGES = routesOnDisk('page.tsx')
export const HANDLERS = routesOnDisk('route.ts')

/** The template a path renders; static segments win over dynamic ones (/cycles/new over /cycles/[id]). */
export function templateOf(pathname: string, templates: string[]): string | null {
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

export type Who = 'anonymous' | RoleName

export interface Exception {
  reason: string
  /**
   * How to show it anyway, from the demo data as the pages present it: as whom, which URL
   * to open (a path, or one built from a page the crawl reached) and, if given, which link
   * on it to follow.
   */
  reach?: { as: Who; from: string | ((found: (template: string) => string) => string); link?: RegExp }
}

/** Pages no link in the demo data leads to, and why. */
export const EXCEPTIONS: Record<string, Exception> = {
  // A sign-in passes through it on the way to the role's home: it only redirects.
  '/after-sign-in': { reason: 'redirects straight to the role home or the page asked for; never renders' },
  // Links to these arrive by email with a one-time token. Without a valid one they show
  // what a stale or mistyped link shows; that state is scanned.
  '/reset-password': { reason: 'the password-reset link arrives by email', reach: { as: 'anonymous', from: '/reset-password' } },
  '/sign-in/link': { reason: 'the sign-in link arrives by email', reach: { as: 'anonymous', from: '/sign-in/link' } },
  '/verify-email': { reason: 'the verification link arrives by email', reach: { as: 'anonymous', from: '/verify-email' } },
  '/invite/[token]': { reason: 'the invitation arrives by email', reach: { as: 'anonymous', from: '/invite/no-such-invitation' } },
  '/referee/[token]': {
    reason: 'a referee’s letter link arrives by email',
    reach: { as: 'anonymous', from: '/referee/no-such-letter-link' },
  },
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
  // The inbox opens a message through a route that marks it read and then redirects to it
  // (decision 019); a crawl that follows links to pages only never lands there by itself.
  '/account/inbox/[id]': {
    reason: 'a message opens through /account/inbox/[id]/open, a route that marks it read',
    reach: { as: 'FELLOW', from: '/account/inbox', link: /^\/account\/inbox\/[^/]+\/open$/ },
  },
  // Only a reviewer on an interview's panel opens it; the demo data has no interview (the
  // recruitment flow schedules one: tests/e2e/recruitment/recruitment-flow.spec.ts).
  '/review/interviews/[id]': { reason: 'no interview in the demo data' },
}

/** Templates whose <h1> is a record's name (a person, project, programme): the same in both languages. */
export const NAME_HEADINGS = new Set<string>([
  '/fellow/deliverables/[id]', // the deliverable's title
  '/partner/deliverables/[id]', // the deliverable's title
  '/partner/projects/[id]', // the project's title
  '/staff/cycles/[id]', // the cycle's name
  '/staff/people/search/[id]', // the person's name
  '/staff/cycles/[id]/placement/projects/[projectId]', // the project's title
  '/staff/cycles/[id]/progress/projects/[projectId]', // the project's title
  '/staff/cycles/[id]/progress/deliverables/[deliverableId]', // the deliverable's title
])

export const STARTS: Record<Who, string[]> = {
  // '/verify': the certificate check is linked from printed certificates, not from a page.
  anonymous: ['/', '/programmes', '/projects', '/reports', '/open-data', '/sign-in', '/sign-up', '/forgot-password', '/verify'],
  // Reviewers first: staff can open the review queue too, but see it as staff.
  APPLICANT: ['/apply'],
  REVIEWER: ['/review'],
  FELLOW: ['/fellow'],
  PARTNER: ['/partner'],
  STAFF: ['/staff'],
  ADMIN: ['/staff'],
}
