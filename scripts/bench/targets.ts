// The pages the benchmark drives. Routes that other parts of the app own are found on disk
// (or by following links), so the bench keeps up as pages land; a page that is not there
// is reported as missing, never replaced by something else.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { Target } from './run'

export interface Missing {
  name: string
  reason: string
}

/** URL paths of the pages under an app folder, route groups removed: "/staff/insight/[id]". */
export function routesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    if (!existsSync(d)) return
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith('_')) walk(path.join(d, e.name))
      else if (e.name === 'page.tsx') out.push(d)
    }
  }
  walk(dir)
  return out
    .map(
      (d) =>
        '/' +
        path
          .relative(path.join(process.cwd(), 'app'), d)
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join('/'),
    )
    .sort((a, b) => a.length - b.length)
}

/** The cycle dashboard: a route under /staff/insight with one dynamic segment, else the index with ?cycle=. */
export function dashboardPath(cycleId: string): string | null {
  const routes = routesUnder(path.join(process.cwd(), 'app', '(app)', 'staff', 'insight'))
  const oneParam = routes.find((r) => (r.match(/\[[^\]]+\]/g) ?? []).length === 1 && /cycle|\[id\]/i.test(r))
  if (oneParam) return oneParam.replace(/\[[^\]]+\]/, cycleId)
  return routes.includes('/staff/insight') ? `/staff/insight?cycle=${cycleId}` : null
}

export async function pipelineTarget(base: string, cookie: string, cycleId: string | undefined): Promise<Target | Missing> {
  const name = 'staff pipeline board'
  if (!cycleId) return { name, reason: 'no cycle with applications in the database' }
  const p = `/staff/cycles/${cycleId}/recruitment`
  const res = await fetch(base + p, { headers: { cookie }, redirect: 'manual' })
  if (res.status === 404) return { name, reason: `${p} answers 404: the recruitment pipeline page is not built yet` }
  return { name, path: p, cookie }
}

export async function dashboardTarget(base: string, cookie: string, cycleId: string | undefined): Promise<Target | Missing> {
  const name = 'staff cycle dashboard'
  if (!cycleId) return { name, reason: 'no running cycle with progress updates in the database' }
  const p = dashboardPath(cycleId)
  if (!p) return { name, reason: 'no page under app/(app)/staff/insight yet: the insight dashboard is not built' }
  const res = await fetch(base + p, { headers: { cookie }, redirect: 'manual' })
  if (res.status === 404) return { name, reason: `${p} answers 404` }
  return { name, path: p, cookie }
}

export async function publicCallTarget(base: string, slug: string): Promise<Target | Missing> {
  const name = 'public open call'
  const p = `/calls/${slug}`
  const res = await fetch(base + p, { redirect: 'manual' })
  if (res.status === 404) return { name, reason: `${p} answers 404: the public call page is not built yet` }
  return { name, path: p }
}
