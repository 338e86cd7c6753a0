// `npm run bench:cohort` (and part of `npm run bench`): cohort operations on a 2,000-fellow
// cycle, on a throw-away PostgreSQL database (BENCH_PG_URL, default the local server): who an
// announcement to every fellow reaches, sending it (one transaction), and handing its 2,000
// mails over (to a mail server that takes them at once, so what is measured is Daftar's own
// work), saving a session's whole attendance register, and generating a month's stipend batch. Prints one line per step, the median of three runs. Not part of `npm test`.
import { randomUUID } from 'node:crypto'
import { median, timed, withThrowawayDatabase } from './lib/throwaway-db'

const FELLOWS = 2000
const RUNS = 3

async function main() {
  await withThrowawayDatabase('daftar_bench_cohort', async () => {
    const { getDb } = await import('../lib/server/db')
    const db = await getDb()
    const { setMailTransport } = await import('../lib/server/mailer')
    const { settleAfterResponse } = await import('../lib/server/after-response')
    const { saveAttendance } = await import('../lib/events/mutations/take-attendance')
    const { ATTENDANCE_MARKS, saveAttendanceSchema } = await import('../lib/events/schema')
    const { previewAudience } = await import('../lib/announcements/queries')
    const { sendAnnouncement } = await import('../lib/announcements/mutations')
    const { sendAnnouncementSchema } = await import('../lib/announcements/schema')
    setMailTransport({ sendMail: async () => undefined })

    // The cycle: 2,000 active fellows placed on 100 projects of 10 departments.
    const programme = await db.programme.create({
      data: { slug: 'bench', name: 'Bench fellowship', kind: 'FELLOWSHIP', level: 'PROVINCIAL', description: 'Bench', durationMonths: 12 },
    })
    const cycle = await db.cycle.create({
      data: { programmeId: programme.id, number: 1, name: 'Cycle 1', status: 'ACTIVE', targetFellowCount: FELLOWS },
    })
    const departments = Array.from({ length: 10 }, (_, i) => ({ id: randomUUID(), name: `Department ${i}`, level: 'PROVINCIAL' as const }))
    await db.department.createMany({ data: departments })
    const projects = Array.from({ length: 100 }, (_, i) => ({
      id: randomUUID(),
      cycleId: cycle.id,
      departmentId: departments[i % 10].id,
      title: `Project ${i}`,
      problemStatement: 'Paper records',
      status: 'APPROVED' as const,
      seats: 20,
    }))
    await db.project.createMany({ data: projects })
    const users = Array.from({ length: FELLOWS }, (_, i) => ({
      id: randomUUID(),
      email: `fellow-${i}@bench.pk`,
      name: `Fellow ${i}`,
      role: 'FELLOW' as const,
      emailVerifiedAt: new Date(),
    }))
    await db.user.createMany({ data: users })
    const fellowships = users.map((u) => ({ id: randomUUID(), userId: u.id, cycleId: cycle.id, status: 'ACTIVE' as const }))
    await db.fellowship.createMany({ data: fellowships })
    await db.placement.createMany({
      data: fellowships.map((f, i) => ({
        fellowshipId: f.id,
        projectId: projects[i % 100].id,
        status: 'ACTIVE' as const,
        publishedAt: new Date(),
      })),
    })
    const staffUser = await db.user.create({
      data: { email: 'staff@bench.pk', name: 'Bench staff', role: 'STAFF', emailVerifiedAt: new Date() },
    })
    const staff = { userId: staffUser.id, role: 'STAFF' as const, departmentId: null, name: staffUser.name, email: staffUser.email }

    const preview: number[] = []
    const send: number[] = []
    const deliver: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const [who, tPreview] = await timed(() => previewAudience(staff, { cycleId: cycle.id, audience: 'FELLOWS' }))
      preview.push(tPreview)
      const input = sendAnnouncementSchema.parse({
        cycleId: cycle.id,
        audience: 'FELLOWS',
        subject: `Notice ${run}`,
        subjectUr: `اطلاع ${run}`,
        body: 'The bootcamp starts on Monday at 9.',
        bodyUr: 'بوٹ کیمپ پیر کو صبح 9 بجے شروع ہوگا۔',
        to: who.map((r) => r.email),
      })
      // Sending hands the mail over after the response (a request's after()); here the
      // mail is handed over explicitly, so the two are timed apart.
      const [sent, tSend] = await timed(() => sendAnnouncement(staff, input))
      send.push(tSend)
      const ids = (await db.announcementRecipient.findMany({ where: { announcementId: sent.id }, select: { notificationId: true } })).map(
        (r) => r.notificationId!,
      )
      // The mail goes out after the response (outside a request: on the next turn); wait for it.
      const [, tDeliver] = await timed(() => settleAfterResponse())
      deliver.push(tDeliver)
      const left = await db.notification.count({ where: { id: { in: ids }, status: { not: 'SENT' } } })
      if (sent.count !== FELLOWS || left !== 0) throw new Error(`run ${run}: ${sent.count} recipients, ${left} mails not sent`)
    }
    // The attendance register of a session all 2,000 are invited to, saved whole, then changed.
    const event = await db.cohortEvent.create({
      data: {
        cycleId: cycle.id,
        kind: 'BOOTCAMP',
        title: 'Bootcamp',
        titleUr: 'بوٹ کیمپ',
        startsAt: new Date(Date.now() - 3 * 3_600_000),
        endsAt: new Date(Date.now() - 3_600_000),
        createdById: staffUser.id,
      },
    })
    const register: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const form = saveAttendanceSchema.parse({
        eventId: event.id,
        fellowshipIds: fellowships.map((f) => f.id),
        ...Object.fromEntries(fellowships.map((f, i) => [`mark.${f.id}`, ATTENDANCE_MARKS[(i + run) % 4]])),
      })
      const [, t] = await timed(() => saveAttendance(staff, form))
      register.push(t)
    }
    // A month's stipend batch for all 2,000 (bank details on file, held after 2 missing updates):
    // each run a month of its own, generated in one transaction.
    const { generateBatch } = await import('../lib/stipends/mutations/batches')
    const { withCheckDigits } = await import('../lib/stipends/iban')
    await db.cycle.update({
      where: { id: cycle.id },
      data: { startDate: new Date('2026-12-31T19:00:00Z'), endDate: new Date('2027-12-30T19:00:00Z'), reportingCadence: 'MONTHLY' },
    })
    await db.stipendPolicy.create({ data: { cycleId: cycle.id, monthlyPaisa: 4_000_000, prorate: true, holdAfterMissing: 2 } })
    await db.bankAccount.createMany({
      data: users.map((u, i) => ({
        userId: u.id,
        accountTitle: u.name,
        bankName: 'Meezan Bank',
        iban: withCheckDigits(`MEZN${String(i).padStart(16, '0')}`),
      })),
    })
    const batch: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const [made, t] = await timed(() =>
        generateBatch(staff, { cycleId: cycle.id, month: `2027-0${run + 1}` }, new Date('2027-04-15T00:00:00Z')),
      )
      if (made.lines !== FELLOWS) throw new Error(`run ${run}: ${made.lines} payment lines`)
      batch.push(t)
    }
    console.log(`[bench:cohort] attendance register of ${FELLOWS} fellows saved (one transaction): ${median(register).toFixed(0)} ms`)
    console.log(`[bench:cohort] stipend batch of ${FELLOWS} fellows generated (one transaction): ${median(batch).toFixed(0)} ms`)
    console.log(`[bench:cohort] announcement audience of ${FELLOWS} fellows: ${median(preview).toFixed(0)} ms`)
    console.log(`[bench:cohort] announcement to ${FELLOWS} fellows, sent (one transaction): ${median(send).toFixed(0)} ms`)
    console.log(`[bench:cohort] its ${FELLOWS} mails handed over after the response: ${median(deliver).toFixed(0)} ms`)
  })
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error('[bench:cohort] failed:', e instanceof Error ? e.message : e)
    process.exit(1)
  })
