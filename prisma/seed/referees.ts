// Demo seed of referees and their letters in the recruiting KP cycle 8, which asks for two: most
// submitted applications have both letters in, some one, a few none yet; the demo applicant
// (Hira Bibi) has one letter received and one still awaited; in this blind cycle one letter of
// an application the demo reviewer scores has a redacted text released to reviewers. Links in
// the demo are never emailed, so their tokens are random and unknown. Idempotent: derived ids,
// nothing written once the cycle has referees.
import type { Prisma } from '@prisma/client'
import { sha256Hex } from '../../lib/hash'
import { demo } from './people'
import { rngFor, sid, type SeedContext } from './helpers'

const DAY = 86_400_000

const REFEREES = [
  { name: 'Dr. Saima Nawaz', relation: 'Final-year project supervisor, UET Peshawar' },
  { name: 'Engr. Kashif Iqbal', relation: 'Team lead at my internship, KPITB' },
  { name: 'Prof. Tariq Mehmood', relation: 'Head of department, Islamia College Peshawar' },
  { name: 'Rukhsana Bibi', relation: 'Programme manager, a community health NGO in Swat' },
  { name: 'Imran Khattak', relation: 'Manager at my current job' },
  { name: 'Dr. Farzana Yousafzai', relation: 'Thesis supervisor, University of Malakand' },
  { name: 'Asad Ullah Jan', relation: 'Founder of the startup where I worked' },
  { name: 'Nasreen Akhtar', relation: 'Computer science teacher' },
]

const LETTERS = [
  (name: string) =>
    `I supervised ${name}'s final-year project, a mobile app that lets patients in district hospitals see waiting times. ${name} interviewed nurses, rewrote the design twice after their feedback and delivered on time. I recommend ${name} without reservation.`,
  (name: string) =>
    `${name} worked on my team for six months. They learnt our codebase quickly, asked good questions, and fixed a reporting bug that had troubled the land records office for a year. They work well with officials who are new to technology.`,
  (name: string) =>
    `I have taught ${name} for two years. They are among the most careful students I have had: their data analysis of flood relief distribution in Nowshera was accurate and clearly explained to the district administration.`,
]

export async function seedReferees(ctx: SeedContext, cycleId: string | undefined, uid: (email: string) => string | undefined) {
  const { prisma, count } = ctx
  if (!cycleId) return
  if (await prisma.referee.count({ where: { application: { cycleId } } })) return
  const cycle = await prisma.cycle.update({
    where: { id: cycleId },
    data: { refereesRequired: 2 },
    select: { applicationsCloseAt: true },
  })
  const expires = new Date((cycle.applicationsCloseAt ?? new Date()).getTime() + 30 * DAY)
  const hiraId = uid(demo('APPLICANT').email)
  const staffId = uid(demo('STAFF').email)
  const reviewerId = uid(demo('REVIEWER').email)
  const apps = await prisma.application.findMany({
    where: { cycleId, stage: { notIn: ['DRAFT', 'WITHDRAWN'] } },
    orderBy: { id: 'asc' },
    select: { id: true, applicantId: true, submittedAt: true, applicant: { select: { name: true } } },
  })
  const r = rngFor('referees-c8')
  const rows: Prisma.RefereeCreateManyInput[] = []
  for (const a of apps) {
    const hira = a.applicantId === hiraId
    // Both in for most; one in, or none yet, for the rest. Hira: one in, one awaited.
    const roll = r()
    const received = hira ? 1 : roll < 0.6 ? 2 : roll < 0.85 ? 1 : 0
    const first = Math.floor(r() * REFEREES.length)
    const asked = new Date((a.submittedAt ?? new Date()).getTime() - 3 * DAY)
    for (const n of [0, 1]) {
      const who = REFEREES[(first + n * 3) % REFEREES.length]
      const id = sid('referee', a.id, n)
      const done = n < received
      const firstName = a.applicant.name.split(' ')[0]
      rows.push({
        id,
        applicationId: a.id,
        name: who.name,
        email: `${who.name
          .toLowerCase()
          .replace(/^(dr|prof|engr)\. /, '')
          .replace(/[^a-z]+/g, '.')}@mail.example`,
        relation: who.relation,
        status: done ? 'RECEIVED' : 'REQUESTED',
        tokenHash: sha256Hex(`daftar-seed-referee-token:${id}:${r()}`),
        tokenExpiresAt: expires,
        letterText: done ? LETTERS[(first + n) % LETTERS.length](firstName) : null,
        receivedAt: done ? new Date(asked.getTime() + (2 + n) * DAY) : null,
        createdAt: asked,
      })
    }
  }
  count('Referee', (await prisma.referee.createMany({ data: rows, skipDuplicates: true })).count)

  // A letter staff redacted and released to the blind reviewers of one application the demo reviewer scores.
  const scored = await prisma.referee.findFirst({
    where: { status: 'RECEIVED', application: { cycleId, reviews: { some: { reviewerId } } } },
    orderBy: { id: 'asc' },
    select: { id: true },
  })
  if (scored && staffId)
    await prisma.referee.update({
      where: { id: scored.id },
      data: {
        redactedText:
          'I supervised the applicant’s final-year project, a mobile app that lets patients in district hospitals see waiting times. The applicant interviewed nurses, rewrote the design twice after their feedback and delivered on time. I recommend them without reservation.',
        releasedAt: new Date(),
        releasedById: staffId,
      },
    })
}
