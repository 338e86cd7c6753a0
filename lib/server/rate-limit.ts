// A fixed-window limiter kept in memory: enough for one server process (the embedded
// default). Keys are e.g. "signin:ip:1.2.3.4" and "signin:acct:name@example.com".
const windows = new Map<string, { count: number; resetAt: number }>()

export function hit(key: string, limit: number, windowMs: number, now = Date.now()): boolean {
  const w = windows.get(key)
  if (!w || w.resetAt <= now) {
    windows.set(key, { count: 1, resetAt: now + windowMs })
    return true
  }
  w.count++
  return w.count <= limit
}

export function resetRateLimits() {
  windows.clear()
}
