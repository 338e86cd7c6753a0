// Work a request starts but does not wait for: Next's after() runs it once the response has
// been sent. Used where waiting would tell the visitor something by its time (whether an email
// has an account, when only an account gets a link by mail) or would only hold the page up
// (delivering mail through a slow SMTP server). Outside a request (scripts, tests) after() is
// not available: the work starts on the next turn of the event loop, once the caller has its
// answer, and is not awaited either; settleAfterResponse() waits for it.
import 'server-only'
import { after } from 'next/server'

const pending = new Set<Promise<void>>()

export function afterResponse(what: string, task: () => Promise<unknown>): void {
  const run = async () => {
    try {
      await task()
    } catch (e) {
      // Nobody is waiting for the answer any more: the operator is told.
      console.error(`[after-response] ${what} failed`, e)
    }
  }
  try {
    after(run)
    return
  } catch {
    // Not in a request: a script or a test.
  }
  const p: Promise<void> = new Promise<void>((started) => setImmediate(started)).then(run).finally(() => pending.delete(p))
  pending.add(p)
}

/** Waits until the work started outside a request has finished (scripts and tests). */
export async function settleAfterResponse(): Promise<void> {
  while (pending.size) await Promise.all([...pending])
}
