// Demo seed of bookable interviews and the waitlist in the recruiting KP cycle 8: two days of
// published slots (in person at the KPITB, then by video) with a panel of the demo reviewer and
// the demo staff member; the demo applicant and another invited applicant booked, three
// invited applicants yet to book (the browser walks book and move theirs), one applicant holding
// an offer, and a waitlist of three. Slot times are laid from the day the seed runs, so the
// demo always has times to book. Idempotent: derived ids, and rows created only when missing.
import type { Prisma } from '@prisma/client'
import { demo } from './people'
import { sid, type SeedContext } from './helpers'
import { startOfKarachiDay } from '../../lib/i18n/karachi-time'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Applicants of this part of the demo (their own accounts, the demo password). */
export const SLOT_PEOPLE = {
  booked: { email: 'sana.gul@mail.example', name: 'Sana Gul', district: 'Swat', gender: 'FEMALE' },
  invited: [
    { email: 'bilal.ahmad.khan@mail.example', name: 'Bilal Ahmad Khan', district: 'Mardan', gender: 'MALE' },
    { email: 'ayesha.siddiqa@mail.example', name: 'Ayesha Siddiqa', district: 'Abbottabad', gender: 'FEMALE' },
    { email: 'zubair.hussain@mail.example', name: 'Zubair Hussain', district: 'Kohat', gender: 'MALE' },
  ],
  offered: { email: 'usman.ghani@mail.example', name: 'Usman Ghani', district: 'Charsadda', gender: 'MALE' },
  waitlisted: [
    { email: 'farhan.ali@mail.example', name: 'Farhan Ali', district: 'Nowshera', gender: 'MALE' },
    { email: 'nida.shah@mail.example', name: 'Nida Shah', district: 'Haripur', gender: 'FEMALE' },
    { email: 'kamran.yousaf@mail.example', name: 'Kamran Yousaf', district: 'Dir Lower', gender: 'MALE' },
  ],
} as const

export async function seedInterviewSlots(
  ctx: SeedContext,
  cycleId: string | undefined,
  uid: (email: string) => string | undefined,
  demoHash: () => Promise<string>,
) {
  const { prisma, count } = ctx
  if (!cycleId) return
  const staffId = uid(demo('STAFF').email)
  const reviewerId = uid(demo('REVIEWER').email)
  const hiraId = uid(demo('APPLICANT').email)
  if (!staffId || !reviewerId || !hiraId) return
  if (await prisma.interviewSlot.count({ where: { cycleId } })) return

  // Answers as a real applicant gave them, for this part's own applicants.
  const model = await prisma.application.findFirst({
    where: { cycleId, stage: 'REVIEW' },
    orderBy: { id: 'asc' },
    select: { answers: true },
  })
  const answers = (model?.answers ?? {}) as Prisma.InputJsonValue
  const everyone = [SLOT_PEOPLE.booked, ...SLOT_PEOPLE.invited, SLOT_PEOPLE.offered, ...SLOT_PEOPLE.waitlisted]
  const passwordHash = await demoHash()
  const now = new Date()
  count(
    'User',
    (
      await prisma.user.createMany({
        data: everyone.map((p) => ({
          id: sid('user', p.email),
          email: p.email,
          name: p.name,
          role: 'APPLICANT' as const,
          gender: p.gender,
          district: p.district,
          passwordHash,
          emailVerifiedAt: new Date(now.getTime() - 20 * DAY),
          createdAt: new Date(now.getTime() - 25 * DAY),
        })),
        skipDuplicates: true,
      })
    ).count,
  )
  const appId = (email: string) => sid('application', cycleId, email)
  const stageOf = (email: string): Prisma.ApplicationCreateManyInput['stage'] =>
    SLOT_PEOPLE.waitlisted.some((p) => p.email === email) ? 'WAITLISTED' : email === SLOT_PEOPLE.offered.email ? 'OFFER' : 'INTERVIEW'
  count(
    'Application',
    (
      await prisma.application.createMany({
        data: everyone.map((p, i) => ({
          id: appId(p.email),
          cycleId,
          applicantId: sid('user', p.email),
          stage: stageOf(p.email),
          answers,
          eligibility: 'ELIGIBLE' as const,
          gender: p.gender,
          district: p.district,
          scoreMean: 4.6 - i * 0.1,
          scoreSpread: 0.3,
          submittedAt: new Date(now.getTime() - 18 * DAY),
          waitlistRank: SLOT_PEOPLE.waitlisted.findIndex((w) => w.email === p.email) + 1 || null,
        })),
        skipDuplicates: true,
      })
    ).count,
  )
  // The demo applicant is invited to interview.
  const hiraApp = await prisma.application.findFirst({ where: { cycleId, applicantId: hiraId }, select: { id: true } })
  if (hiraApp) await prisma.application.update({ where: { id: hiraApp.id }, data: { stage: 'INTERVIEW' } })
  await prisma.offer.createMany({
    data: [
      {
        id: sid('offer', appId(SLOT_PEOPLE.offered.email)),
        applicationId: appId(SLOT_PEOPLE.offered.email),
        extendedById: staffId,
        respondBy: new Date(now.getTime() + 6 * DAY),
        status: 'PENDING',
        message: 'We would be glad to have you in Cycle 8.',
      },
    ],
    skipDuplicates: true,
  })

  // Two days of slots: three days from now in person, four days from now by video.
  const day1 = new Date(startOfKarachiDay(now).getTime() + 3 * DAY + 10 * HOUR)
  const day2 = new Date(startOfKarachiDay(now).getTime() + 4 * DAY + 11 * HOUR)
  const slots = [
    ...Array.from({ length: 6 }, (_, i) => ({
      startsAt: new Date(day1.getTime() + i * 45 * 60_000),
      mode: 'IN_PERSON' as const,
      location: 'Khyber Pakhtunkhwa Information Technology Board, 3rd floor, Shami Road, Peshawar',
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      startsAt: new Date(day2.getTime() + i * 45 * 60_000),
      mode: 'VIDEO' as const,
      location: 'https://meet.jit.si/daftar-kp-cycle-8-interviews',
    })),
  ].map((s, i) => ({ ...s, id: sid('interview-slot', cycleId, i), cycleId, durationMinutes: 30, createdById: staffId }))
  count('InterviewSlot', (await prisma.interviewSlot.createMany({ data: slots, skipDuplicates: true })).count)
  await prisma.interviewSlotPanelist.createMany({
    data: slots.flatMap((s) => [reviewerId, staffId].map((userId) => ({ slotId: s.id, userId }))),
    skipDuplicates: true,
  })
  // The demo applicant booked the first slot; Sana Gul the third.
  const bookings = [
    { slot: slots[0], applicationId: hiraApp?.id },
    { slot: slots[2], applicationId: appId(SLOT_PEOPLE.booked.email) },
  ]
  for (const b of bookings) {
    if (!b.applicationId) continue
    const id = sid('interview', b.slot.id)
    await prisma.interview.createMany({
      data: [
        {
          id,
          applicationId: b.applicationId,
          slotId: b.slot.id,
          scheduledAt: b.slot.startsAt,
          durationMinutes: 30,
          mode: b.slot.mode,
          location: b.slot.location,
        },
      ],
      skipDuplicates: true,
    })
    await prisma.interviewPanelist.createMany({
      data: [reviewerId, staffId].map((userId) => ({ interviewId: id, userId })),
      skipDuplicates: true,
    })
    count('Interview', 1)
  }
}
