// `npm run remind`: the scheduled job. Expires offers past their deadline (each applicant told
// once, lib/recruitment/expire-offers.ts: pages only read), reminds fellows of active cycles
// about missing progress updates, and retries mail that failed or stayed queued (with back-off,
// never sending a message twice: lib/server/mailer.ts). Safe for a scheduler to call as often as it likes: each
// offer expires once and each reminder is sent once (lib/progress/reminders.ts); a late
// evaluator is reminded at most once per round per day (lib/evaluations/reminders.ts).
// With the embedded database, stop the app first (PGlite allows one process per data folder).
import { connectFromEnv } from '../lib/server/connect'
import { sendUpdateReminders } from '../lib/progress/reminders'
import { expireDueOffers } from '../lib/recruitment/expire-offers'
import { sendEvaluationReminders } from '../lib/evaluations/reminders'
import { sendRefereeReminders } from '../lib/referees/reminders'
import { retryMail } from '../lib/server/mailer'
// Also registers the booking email's .ics maker, for the retry below.
import { sendInterviewReminders } from '../lib/recruitment/slots/reminders'
import '../lib/recruitment/slots/interview-ics'

async function main() {
  const conn = await connectFromEnv()
  try {
    const expired = await expireDueOffers(conn.prisma)
    console.log(`[remind] ${expired} offer(s) past their deadline expired`)
    const run = await sendUpdateReminders(conn.prisma)
    console.log(`[remind] ${run.periods} missing update(s) reminded to ${run.fellows} fellow(s)`)
    const late = await sendEvaluationReminders(conn.prisma)
    console.log(`[remind] ${late.people} late evaluator(s) reminded`)
    const letters = await sendRefereeReminders(conn.prisma)
    console.log(`[remind] ${letters.referees} referee(s) reminded of a letter still to write`)
    const interviews = await sendInterviewReminders(conn.prisma)
    console.log(`[remind] ${interviews.sent} interview reminder(s) sent (the day before, to applicant and panel)`)
    const mail = await retryMail(conn.prisma)
    console.log(
      `[remind] mail retried: ${mail.sent} sent, ${mail.failed} failed again, ${mail.interrupted} interrupted mid-send left failed`,
    )
  } finally {
    await conn.close()
  }
}

main().catch((e) => {
  console.error('[remind] failed:', e instanceof Error ? e.message : e)
  process.exit(1)
})
