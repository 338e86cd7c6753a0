// First-load JavaScript per route, gzipped, read from a production build: the framework's
// main chunks plus every chunk the route's layouts, boundaries and page reference (what its
// HTML loads before anything is clicked). Next 16 no longer prints this after a build; gzip at
// level 9, as Next's own figure was.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export const BUDGET_KB = 150

export interface RouteSize {
  route: string
  kb: number
}

function manifests(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name === 'page_client-reference-manifest.js') out.push(p)
    }
  }
  walk(dir)
  return out
}

export function firstLoadJs(distDir: string): RouteSize[] {
  const root = path.resolve(distDir)
  const appDir = path.join(root, 'server', 'app')
  if (!existsSync(appDir)) throw new Error(`no production build in ${distDir}: run next build first`)
  const build = JSON.parse(readFileSync(path.join(root, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const gz = new Map<string, number>()
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length)
    return gz.get(file)!
  }
  const g = globalThis as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }
  return manifests(appDir)
    .map((file) => {
      g.__RSC_MANIFEST = {}
      // The manifest is a script that assigns to a global.
      new Function(readFileSync(file, 'utf8'))()
      const [[name, m]] = Object.entries(g.__RSC_MANIFEST)
      const chunks = new Set([...build.rootMainFiles, ...Object.values(m.entryJSFiles ?? {}).flat()])
      const bytes = [...chunks].reduce((n, c) => n + size(c.replace(/^\/_next\//, '')), 0)
      const route = name.replace(/\/page$/, '').replace(/\/\([^)]*\)/g, '') || '/'
      return { route, kb: Math.round((bytes / 1024) * 10) / 10 }
    })
    .sort((a, b) => b.kb - a.kb)
}
