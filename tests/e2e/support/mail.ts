// Emailed links in browser tests. The outbox page never shows a sign-in, reset, confirmation
// or invitation link (SECURITY.md), so tests read the mail the way an operator of a local run
// can: the server, without SMTP, writes each message into MAIL_DROP_DIR.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from '@playwright/test'

/** The folder the test server drops mail into (set for it in playwright.config.ts). */
export const mailDropDir = () => process.env.E2E_MAIL_DIR ?? `${process.env.E2E_DB_DIR ?? '.data/e2e-db'}-mail`

function mailsTo(to: string) {
  let files: string[] = []
  try {
    files = readdirSync(mailDropDir())
  } catch {
    return []
  }
  return files
    .sort()
    .map((f) => ({ file: f, text: readFileSync(path.join(mailDropDir(), f), 'utf8') }))
    .filter((m) => m.text.split('\n', 1)[0] === `To: ${to}`)
}

/** How many messages were dropped for an address so far (to wait for the next one). */
export const mailCount = (to: string) => mailsTo(to).length

/**
 * The first link matching `pattern` in the newest message to `to`, waiting (by polling) until
 * there are more than `after` messages to that address.
 */
export async function linkFromMail(to: string, pattern: RegExp, after = 0) {
  await expect.poll(() => mailCount(to), { message: `a new email to ${to}` }).toBeGreaterThan(after)
  const newest = mailsTo(to).at(-1)!.text
  const link = newest.match(pattern)
  expect(link, `a link matching ${pattern} in the email to ${to}`).not.toBeNull()
  return new URL(link![0])
}
