// Arrows run one way: app -> components -> lib/<domain> -> lib/server (decision 013).
// Reads the import lines of the source (tests aside) and fails on two lib domains that import
// each other, at any depth inside either folder (or in a longer circle), on a component that
// imports app/, and on a component that takes code from a server-only module.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..')
const SOURCE = /\.(ts|tsx|js|mjs)$/
const TEST = /\.test\.tsx?$|\.testkit\.ts$/
const IMPORT = /(?:^|[\s;])(?:import|export)\s([^'"]*?)from\s*['"]([^'"]+)['"]|(?:^|[\s;(=])import\s*\(?\s*['"]([^'"]+)['"]/gm

type Import = { target: string; typeOnly: boolean }

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = `${dir}/${name}`
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...filesUnder(rel))
    else if (SOURCE.test(name) && !TEST.test(name) && !name.endsWith('.d.ts')) out.push(rel)
  }
  return out
}

/** `import type { A }` and `import { type A, type B }` vanish from the built code. */
const typeOnly = (clause: string) =>
  /^type\s/.test(clause.trim()) ||
  (/^\{[^}]*\}$/.test(clause.trim()) &&
    clause
      .trim()
      .slice(1, -1)
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .every((s) => s.startsWith('type ')))

/** What a file imports from the project (`@/x` and relative paths), without extension. */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '')
  const out: Import[] = []
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[2] ?? m[3]
    const target = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.join(path.posix.dirname(file), spec) : null
    if (target) out.push({ target: target.replace(/\.(ts|tsx|js|mjs)$/, ''), typeOnly: m[1] !== undefined && typeOnly(m[1]) })
  }
  return out
}

/** `lib/progress/queries` -> `progress`; `lib/csv` -> `csv`. */
const domainOf = (p: string) => (p.startsWith('lib/') ? p.split('/')[1].replace(/\.(ts|tsx|js)$/, '') : null)

/** Each lib domain with the domains its files import. */
export function domainGraph(files: string[]): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>()
  for (const file of files) {
    const from = domainOf(file)
    if (!from) continue
    for (const { target } of importsOf(file)) {
      const to = domainOf(target)
      if (!to || to === from) continue
      const edges = graph.get(from) ?? new Map<string, string[]>()
      graph.set(from, edges)
      edges.set(to, [...(edges.get(to) ?? []), `${file} -> ${target}`])
    }
  }
  return graph
}

describe('import direction', () => {
  it('no two lib domains import each other', () => {
    const graph = domainGraph(filesUnder('lib'))
    const twoWay: string[] = []
    for (const [a, edges] of graph) {
      for (const [b, why] of edges) {
        const back = graph.get(b)?.get(a)
        if (back && a < b) twoWay.push(`${a} <-> ${b}: ${why[0]} / ${back[0]}`)
      }
    }
    expect(twoWay).toEqual([])
  })

  it('no circle of lib domains (a -> b -> c -> a) either: arrows run one way', () => {
    const graph = domainGraph(filesUnder('lib'))
    const circles: string[] = []
    const done = new Set<string>()
    const walk = (d: string, path: string[]) => {
      if (path.includes(d)) return circles.push([...path.slice(path.indexOf(d)), d].join(' -> '))
      if (done.has(d)) return
      for (const next of graph.get(d)?.keys() ?? []) walk(next, [...path, d])
      done.add(d)
    }
    for (const d of graph.keys()) walk(d, [])
    expect(circles).toEqual([])
  })

  it('components never import app/ (server actions come in as props)', () => {
    const wrong = filesUnder('components').flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith('app/'))
        .map(({ target }) => `${file} -> ${target}`),
    )
    expect(wrong).toEqual([])
  })

  it('components take no code from a server-only module (types are fine)', () => {
    const serverOnly = (p: string) => {
      for (const ext of ['.ts', '.tsx', '/index.ts']) {
        try {
          return /^\s*import ['"]server-only['"]/m.test(readFileSync(path.join(ROOT, p + ext), 'utf8'))
        } catch {
          // try the next extension
        }
      }
      return false
    }
    const wrong = filesUnder('components').flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && serverOnly(i.target))
        .map(({ target }) => `${file} -> ${target}`),
    )
    expect(wrong).toEqual([])
  })
})
