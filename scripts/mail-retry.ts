// `npm run mail:retry`: the mail retry sweep on its own, for a scheduler that runs it more often
// than the reminders (every few minutes). Sends mail that stayed queued or failed and is due
// again, with back-off; never sends a message twice (lib/server/mailer.ts).
// With the embedded database, stop the app first (PGlite allows one process per data folder).
import { connectFromEnv } from '../lib/server/connect'
import { retryMail } from '../lib/server/mailer'
// Booking confirmations carry an .ics built when sent: its maker must be registered here too.
import '../lib/recruitment/slots/interview-ics'

async function main() {
  const conn = await connectFromEnv()
  try {
    const run = await retryMail(conn.prisma)
    console.log(`[mail] ${run.sent} sent, ${run.failed} failed again, ${run.interrupted} interrupted mid-send left failed`)
  } finally {
    await conn.close()
  }
}

main().catch((e) => {
  console.error('[mail] retry failed:', e instanceof Error ? e.message : e)
  process.exit(1)
})
