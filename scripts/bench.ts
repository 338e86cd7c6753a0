// `npm run bench -- [--scale 1] [--duration 5] [--connections 20] [--port 3305]`: builds (if
// needed) and starts the production server on a large PostgreSQL data set, signs in as the
// demo accounts and drives the key pages with autocannon, side by side with a static page
// of the same server (/robots.txt) as the floor and the two smallest rendered pages (not-found,
// sign-in) as a reference for what the framework itself costs, then the write path (fellows
// saving progress updates, ./bench/write.ts). Prints requests/s, p50/p95/p99, errors, each page's
// own time alone, its throughput as a share of the floor's and of the not-found page's, and
// writes bench-results.json. `--lighthouse` adds Lighthouse's mobile profile on the landing
// pages in both languages (./bench/lighthouse.ts); `--lighthouse-only` runs just that.
// Not part of `npm test` or CI: it takes minutes and measures this machine.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { DEMO_PASSWORD } from '../lib/demo'
import { SLUG_KP } from '../prisma/seed/data'
import { parseScale } from './seed-large'
import { pickCycles, prepareDatabase } from './bench/database'
import { build, needsBuild, startServer } from './bench/server'
import { signIn } from './bench/session'
import { drive, type PageResult, type Target } from './bench/run'
import { dashboardTarget, pipelineTarget, publicCallTarget, type Missing } from './bench/targets'
import { driveWriters, lostWrites, prepareWriters } from './bench/write'
import { BUDGET_KB, firstLoadJs, type RouteSize } from './bench/bundle-size'
import { lighthouseShortfalls, runLighthouse, type LighthouseResult } from './bench/lighthouse'

/** A reference row is measured and shown but is not a key page: it has no verdict. */
type Row = PageResult & { reference?: boolean }

// Issue 18's targets, measured against the smallest page this server renders (the not-found
// page) in the same run, so they hold on any machine.
const TARGET_P95_MS = 200
/** Every key page: at least half the not-found page's throughput. */
const TARGET_VS_RENDERED = 0.5
/** The public home and call page, whose data is cached: at least 80%. */
const TARGET_VS_RENDERED_PUBLIC = 0.8
/** A key page's own server time: the median of single requests with nothing else running. */
const TARGET_ALONE_MS = 15
const NOT_FOUND = 'reference: not-found page'

function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2)
  const i = argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(argv[i + 1]) : fallback
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`)
  return v
}

const log = (s: string) => console.log(s)

/** Runs a bench script of its own (as `npm run bench:<name>` does) and returns its lines. */
function benchScript(file: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): string[] {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--conditions=react-server', file, ...args], {
    encoding: 'utf8',
    env,
  })
  return (r.stdout || r.stderr || '').trim().split('\n').filter(Boolean)
}

/** Cohort operations on a 2,000-fellow cycle, on a throw-away database. */
const cohortBench = () => benchScript('scripts/bench-cohort.ts')
/** Person search across cycles on the same data set. */
const searchBench = (url: string, scale: number) =>
  benchScript('scripts/bench-search.ts', ['--scale', String(scale)], { ...process.env, DATABASE_URL: url })
/** Importing a 10,000-row spreadsheet on a throw-away database. */
const importBench = () => benchScript('scripts/bench-import.ts')

function matchingBench(): string[] {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'lib/placement/matching/bench.ts'], { encoding: 'utf8' })
  return (r.stdout || r.stderr || '').trim().split('\n').filter(Boolean)
}

async function main() {
  const scale = parseScale(process.argv.slice(2).includes('--scale') ? process.argv.slice(2) : ['--scale', '1'])
  const duration = option('duration', 5)
  const connections = option('connections', 20)
  const port = option('port', 3305)
  const distDir = process.env.NEXT_DIST_DIR || '.next-bench'
  const argv = process.argv.slice(2)
  // --only <part of a page name>: drive just those pages (and the floor).
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined
  // --lighthouse: also measure the landing pages on a simulated slow phone; --lighthouse-only: just that.
  const lighthouseOnly = argv.includes('--lighthouse-only')
  const withLighthouse = lighthouseOnly || argv.includes('--lighthouse')
  const lighthouseRuns = argv.includes('--lighthouse-runs') ? option('lighthouse-runs', 3) : 3
  let lighthouse: LighthouseResult[] = []

  const url = await prepareDatabase(scale, log)
  const ids = await pickCycles(url)
  log(
    `[bench] data: ${Object.entries(ids.counts)
      .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
      .join(', ')}`,
  )

  if (needsBuild(distDir)) build(distDir, log)
  const server = await startServer({ port, distDir, databaseUrl: url }, log)
  const results: (Row | (Missing & { missing: true }))[] = []
  try {
    const staff = await signIn(server.base, 'staff@daftar.pk', DEMO_PASSWORD)
    const fellow = await signIn(server.base, 'fellow@daftar.pk', DEMO_PASSWORD)
    const partner = await signIn(server.base, 'partner@daftar.pk', DEMO_PASSWORD)

    const floor: Target = { name: 'floor: static /robots.txt', path: '/robots.txt' }
    // What the framework itself costs: the smallest pages the server renders per request
    // (every page is, for its CSP nonce), with no data. No key page can be faster than these.
    const references: Target[] = [
      { name: 'reference: not-found page', path: '/bench-no-such-page', ok: [404] },
      { name: 'reference: sign-in page', path: '/sign-in' },
    ]
    const planned: (Target | Missing)[] = [
      await pipelineTarget(server.base, staff, ids.pipelineCycleId),
      await dashboardTarget(server.base, staff, ids.dashboardCycleId),
      { name: 'fellow home', path: '/fellow', cookie: fellow },
      { name: 'partner portal', path: '/partner', cookie: partner },
      { name: 'public home', path: '/', cached: true },
      { ...(await publicCallTarget(server.base, SLUG_KP)), cached: true },
    ].filter((t) => !only || t.name.includes(only))
    if (withLighthouse) {
      log(`[bench] Lighthouse, mobile profile, median of ${lighthouseRuns} run(s) per page and language`)
      lighthouse = await runLighthouse(
        server.base,
        [
          { name: 'public home', path: '/' },
          { name: 'public open call', path: `/calls/${SLUG_KP}` },
          { name: 'sign-in', path: '/sign-in' },
          { name: 'fellow home', path: '/fellow', cookie: fellow },
          { name: 'partner portal', path: '/partner', cookie: partner },
        ],
        { runs: lighthouseRuns, log },
      )
    }
    if (!lighthouseOnly) await throughput()

    async function throughput() {
      const o = { connections, duration }
      log(`[bench] ${connections} connections, ${duration} s per page`)
      const floorBefore = await drive(server.base, floor, o)
      if (!only || 'reference'.includes(only)) {
        for (const t of references) {
          log(`[bench] ${t.name} (GET ${t.path})`)
          results.push({ ...(await drive(server.base, t, o)), reference: true })
        }
      }
      for (const t of planned) {
        if ('reason' in t) {
          log(`[bench] MISSING ${t.name}: ${t.reason}`)
          results.push({ ...t, missing: true })
          continue
        }
        log(`[bench] ${t.name} (${t.method ?? 'GET'} ${t.path})`)
        results.push(await drive(server.base, t, o))
      }
      if (!only || 'submit progress update (write)'.includes(only)) {
        const writers = await prepareWriters(server.base, url, connections, log)
        if (typeof writers === 'string') {
          log(`[bench] MISSING submit progress update (write): ${writers}`)
          results.push({ name: 'submit progress update (write)', reason: writers, missing: true })
        } else {
          log(`[bench] submit progress update (write): ${writers.length} writers`)
          const w = await driveWriters(server.base, writers, duration)
          const lost = await lostWrites(url, writers)
          if (lost) log(`[bench] ${lost} acknowledged write(s) are missing from the database`)
          results.push({ ...w, errors: w.errors + lost })
        }
      }
      const floorAfter = await drive(server.base, floor, o)
      const floorRps = (floorBefore.rps + floorAfter.rps) / 2
      const floorRow: PageResult = {
        ...floorBefore,
        rps: Math.round(floorRps * 10) / 10,
        p95: Math.max(floorBefore.p95, floorAfter.p95),
        ratio: 1,
      }
      const notFound = results.find((r): r is Row => r.name === NOT_FOUND && !('missing' in r))
      for (const r of results) {
        if ('missing' in r) continue
        r.ratio = Math.round((r.rps / floorRps) * 100) / 100
        if (notFound?.rps) r.vsRendered = Math.round((r.rps / notFound.rps) * 100) / 100
      }
      results.unshift(floorRow)
    }
  } finally {
    await server.stop()
  }

  if (lighthouseOnly) return reportLighthouse(lighthouse, true)
  const matching = process.argv.includes('--no-matching')
    ? []
    : [...matchingBench(), ...cohortBench(), ...searchBench(url, scale), ...importBench()]
  report(results, matching, firstLoadJs(distDir), { scale, connections, duration }, lighthouse)
}

/** Prints the Lighthouse table; alone, merges it into an existing bench-results.json. */
function reportLighthouse(rows: LighthouseResult[], alone = false) {
  if (!rows.length) return
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(
    `\nLighthouse, mobile (slow 4G, 4x CPU), median run:\n${'page'.padEnd(24)}${pad('lang', 5)}${pad('perf', 6)}${pad('LCP', 7)}${pad('TBT', 6)}${pad('FCP', 7)}${pad('CLS', 7)}${pad('KB', 7)}${pad('a11y', 6)}  verdict`,
  )
  for (const r of rows) {
    const misses = lighthouseShortfalls(r)
    console.log(
      `${r.name.padEnd(24)}${pad(r.locale, 5)}${pad(r.performance, 6)}${pad(r.lcpMs, 7)}${pad(r.tbtMs, 6)}${pad(r.fcpMs, 7)}${pad(r.cls, 7)}${pad(r.transferKb, 7)}${pad(r.accessibility, 6)}  ${misses.length ? `BELOW TARGET: ${misses.join(', ')}` : 'ok'}  (fonts ${r.fontKb} KB)`,
    )
  }
  console.log('(targets: performance ≥ 95, LCP < 2500 ms, TBT < 200 ms, accessibility 100)')
  if (alone) {
    const previous = existsSync('bench-results.json') ? JSON.parse(readFileSync('bench-results.json', 'utf8')) : {}
    writeFileSync('bench-results.json', JSON.stringify({ ...previous, lighthouse: rows }, null, 2) + '\n')
    console.log('\nwrote the Lighthouse figures into bench-results.json')
  }
}

/** What a key page misses of its targets (empty when it meets them all). */
export function shortfalls(r: PageResult): string[] {
  const out: string[] = []
  if (r.requests === 0) return [`no response within the run (${r.unfinished} request(s) unanswered)`]
  if (r.errors) out.push(`${r.errors} error(s)`)
  if (r.p95 >= TARGET_P95_MS) out.push(`p95 ≥ ${TARGET_P95_MS}`)
  const want = r.cached ? TARGET_VS_RENDERED_PUBLIC : TARGET_VS_RENDERED
  if (r.vsRendered !== undefined && r.vsRendered < want) out.push(`< ${want} × not-found`)
  if (r.alone !== undefined && r.alone > TARGET_ALONE_MS) out.push(`alone > ${TARGET_ALONE_MS}`)
  return out
}

function report(
  results: (Row | (Missing & { missing: true }))[],
  matching: string[],
  sizes: RouteSize[],
  run: Record<string, number>,
  lighthouse: LighthouseResult[],
) {
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(
    `\n${'page'.padEnd(34)}${pad('alone', 7)}${pad('req/s', 8)}${pad('p50', 7)}${pad('p95', 7)}${pad('p99', 7)}${pad('err', 5)}${pad('× floor', 8)}${pad('× 404', 7)}  verdict`,
  )
  let failed = 0
  for (const r of results) {
    if ('missing' in r) {
      failed++
      console.log(
        `${r.name.padEnd(34)}${pad('—', 7)}${pad('—', 8)}${pad('—', 7)}${pad('—', 7)}${pad('—', 7)}${pad('—', 5)}${pad('—', 8)}${pad('—', 7)}  MISSING: ${r.reason}`,
      )
      continue
    }
    const isFloor = r.path === '/robots.txt'
    const answered = r.requests > 0
    const misses = isFloor || r.reference ? (answered && r.errors === 0 ? [] : shortfalls(r)) : shortfalls(r)
    if (misses.length) failed++
    const verdict = misses.length ? `BELOW TARGET: ${misses.join(', ')}` : r.reference || isFloor ? 'reference (no target)' : 'ok'
    const t = (x: number) => (answered ? x : '—')
    console.log(
      `${r.name.padEnd(34)}${pad(r.alone ?? '—', 7)}${pad(r.rps, 8)}${pad(t(r.p50), 7)}${pad(t(r.p95), 7)}${pad(t(r.p99), 7)}${pad(r.errors, 5)}${pad(r.ratio?.toFixed(2) ?? '', 8)}${pad(r.vsRendered?.toFixed(2) ?? '', 7)}  ${verdict}`,
    )
  }
  console.log(
    `(times in ms; "alone": median of 5 requests one at a time; "× 404": throughput as a share of the not-found page's in this run.\n` +
      ` targets per key page: no errors, p95 < ${TARGET_P95_MS} ms, alone ≤ ${TARGET_ALONE_MS} ms, ≥ ${TARGET_VS_RENDERED} × 404 (public home and call page ≥ ${TARGET_VS_RENDERED_PUBLIC}))`,
  )
  reportLighthouse(lighthouse)
  if (matching.length)
    console.log(
      `\nmatching, cohort operations, person search and import (lib/placement/matching/bench.ts, scripts/bench-cohort.ts, scripts/bench-search.ts, scripts/bench-import.ts):\n  ${matching.join('\n  ')}`,
    )
  const over = sizes.filter((r) => r.kb > BUDGET_KB)
  console.log(`\nfirst-load JavaScript (gzipped), largest of ${sizes.length} routes; budget ${BUDGET_KB} KB:`)
  for (const r of sizes.slice(0, 6)) console.log(`  ${String(r.kb).padStart(6)} KB  ${r.route}`)
  console.log(
    `  smallest: ${sizes.at(-1)?.kb} KB ${sizes.at(-1)?.route}; ${over.length ? `${over.length} route(s) over budget` : 'all within budget'}`,
  )
  const pages = results.map((r) =>
    'missing' in r
      ? { name: r.name, rps: 0, p50: 0, p95: 0, p99: 0, errors: 0, ratio: 0, missing: r.reason }
      : r.requests === 0
        ? {
            name: r.name,
            path: r.path,
            rps: 0,
            p50: null,
            p95: null,
            p99: null,
            errors: r.errors,
            ratio: 0,
            unfinished: r.unfinished,
            statuses: r.statuses,
          }
        : {
            name: r.name,
            path: r.path,
            rps: r.rps,
            p50: r.p50,
            p95: r.p95,
            p99: r.p99,
            errors: r.errors,
            ratio: r.ratio ?? 0,
            vsRendered: r.vsRendered ?? null,
            aloneMs: r.alone ?? null,
            requests: r.requests,
            statuses: r.statuses,
            ...(r.reference ? { reference: true } : { meetsTargets: shortfalls(r).length === 0 }),
          },
  )
  writeFileSync(
    'bench-results.json',
    JSON.stringify(
      {
        run: { ...run, at: new Date().toISOString() },
        pages,
        ...(lighthouse.length ? { lighthouse } : {}),
        matching,
        firstLoadJsKb: sizes,
      },
      null,
      2,
    ) + '\n',
  )
  console.log(`\nwrote bench-results.json${failed ? ` (${failed} page(s) below target)` : ''}`)
}

main().catch((e) => {
  console.error('[bench] failed:', e instanceof Error ? e.message : e)
  process.exit(1)
})
