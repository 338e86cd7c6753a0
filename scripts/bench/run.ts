// Drives one page with autocannon and reduces the run to the figures the report shows:
// requests per second, exact p50/p95/p99 from every response time, and errors (connection
// errors, timeouts and any status the page should not answer with).
import autocannon from 'autocannon'

export interface Target {
  name: string
  path: string
  cookie?: string
  method?: 'GET' | 'POST'
  body?: string
  contentType?: string
  /** Statuses that count as success (200 unless said otherwise). */
  ok?: number[]
  /** A public page whose data is cached: held to the higher throughput target. */
  cached?: boolean
}

export interface PageResult {
  name: string
  path: string
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  /** Responses received during the run, and requests still unanswered when it ended. */
  requests: number
  unfinished: number
  statuses: Record<string, number>
  /** Throughput as a share of the static floor's. */
  ratio?: number
  /** Throughput as a share of the not-found page's (the smallest rendered page) in the same run. */
  vsRendered?: number
  cached?: boolean
  /** Median time of one request with nothing else running: the page's own cost. */
  alone?: number
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export async function drive(base: string, t: Target, o: { connections: number; duration: number }): Promise<PageResult> {
  const headers: Record<string, string> = { accept: 'text/html' }
  if (t.cookie) headers.cookie = t.cookie
  if (t.contentType) headers['content-type'] = t.contentType
  // Server actions compare Origin with Host: a browser's form post sends both.
  if (t.method === 'POST') headers.origin = base
  const ok = t.ok ?? [200]
  const run = (duration: number, amount?: number) => {
    const latencies: number[] = []
    const statuses: Record<string, number> = {}
    const instance = autocannon({
      url: base + t.path,
      connections: o.connections,
      duration,
      amount,
      method: t.method ?? 'GET',
      headers,
      body: t.body,
      timeout: 10,
    })
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      latencies.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
    })
    return { instance, latencies, statuses }
  }
  // A short warm-up (one request per connection) so JIT compilation and cold caches are
  // not billed to the page.
  await run(1, o.connections).instance
  const aloneTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    await (await fetch(base + t.path, { method: t.method ?? 'GET', headers, body: t.body, redirect: 'manual' })).arrayBuffer()
    aloneTimes.push(performance.now() - started)
  }
  const { instance, latencies, statuses } = run(o.duration)
  const result = await instance
  const sorted = latencies.sort((a, b) => a - b)
  const bad = Object.entries(statuses).reduce((n, [s, c]) => (ok.includes(Number(s)) ? n : n + c), 0)
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    name: t.name,
    path: t.path,
    ...(t.cached ? { cached: true } : {}),
    rps: round(sorted.length / result.duration),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors: bad + result.errors,
    requests: sorted.length,
    unfinished: Math.max(0, (result.requests as { sent?: number }).sent ?? 0) - sorted.length,
    statuses,
    alone: round(
      percentile(
        aloneTimes.sort((a, b) => a - b),
        50,
      ),
    ),
  }
}
