// Fixed-window limits kept in memory: enough for one server process (the embedded default;
// several processes behind a balancer would each keep their own). Keys look like
// "signin:ip:1.2.3.4" or "signin:acct:name@example.com".
const windows = new Map<string, { count: number; resetAt: number }>()

function current(key: string, now: number) {
  const w = windows.get(key)
  return w && w.resetAt > now ? w : undefined
}

/** Counts one attempt; false once the key has used up its limit in this window. */
export function hit(key: string, limit: number, windowMs: number, now = Date.now()): boolean {
  const w = current(key, now)
  if (!w) {
    windows.set(key, { count: 1, resetAt: now + windowMs })
    return true
  }
  w.count++
  return w.count <= limit
}

/** True when the key has already used up its limit (without counting an attempt). */
export function isLimited(key: string, limit: number, now = Date.now()): boolean {
  return (current(key, now)?.count ?? 0) >= limit
}

/** Records a failure against the key (for limits that count failures only). */
export function recordFailure(key: string, windowMs: number, now = Date.now()) {
  hit(key, Number.MAX_SAFE_INTEGER, windowMs, now)
}

export function resetRateLimits() {
  windows.clear()
}
