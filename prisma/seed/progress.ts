// Fellows' progress updates: cycle 7's fortnightly ones (the demo fellow's own words, the
// others' generated from their project's words) and the women's internship's weekly ones.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { addDays, addHours, between, day, fKey, insertMany, pick, rngFor, sid, slugify, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { Person } from './people'
import type { FellowshipIdOf } from './placement'

const PHASES: ((v: D.ProjectVoice) => string)[] = [
  (v) => `Started at ${v.office}. Met ${v.stakeholders}; agreed working hours, reporting lines and a fortnightly demo.`,
  (v) =>
    `Shadowed ${v.users} for three days and mapped how ${v.process} are handled today, from first request to final record. Listed the delays and duplicate entries we saw.`,
  (v) =>
    `Wrote the requirements and process map for ${v.system} and reviewed it with the focal person; agreed the data fields and approval steps.`,
  (v) => `Built a clickable prototype of ${v.system} and walked five ${v.users} through it. Most questions were about who approves what.`,
  (v) => `Set up the database and the first working screens of ${v.system}; loaded ${v.dataset} as test data.`,
  (v) => `Ran a usability session with ${v.users}; fixed the Urdu labels, date formats and the search they asked for.`,
  (v) => `Prepared the pilot at ${v.pilotSite}: user accounts, a one-page guide in Urdu and a WhatsApp support group.`,
  (v) => `Pilot started at ${v.pilotSite}. Collected feedback from the first week of use and fixed three bugs reported by ${v.users}.`,
]

const NEXT: ((v: D.ProjectVoice) => string)[] = [
  (v) => `Shadow ${v.users} and map the current process.`,
  (v) => `Write the requirements for ${v.system}.`,
  () => 'Submit the requirements deliverable; start a clickable prototype.',
  (v) => `Start building ${v.system}; get test data from the department.`,
  (v) => `Usability testing with ${v.users}.`,
  (v) => `Prepare the pilot at ${v.pilotSite}.`,
  () => 'Start the pilot and collect feedback.',
  () => 'Fix the pilot feedback and prepare the pilot release deliverable.',
]

const INTERN_WEEKS: ((p: string, d: string) => string)[] = [
  (p, d) => `Orientation week: met my mentor and the "${p}" team online; set up the laptop and internet device at home in ${d}.`,
  () => 'Completed the digital-skills training: spreadsheets, online forms and keeping personal data safe.',
  (p, d) => `Visited two government offices in ${d} to explain the "${p}" project and agree visiting times.`,
  (p, d) => `Collected the first 15 records for "${p}" in ${d} and shared them with my mentor for checking.`,
  () => 'Corrected the errors my mentor found and collected 20 more records.',
  () => 'Presented my progress in the weekly cohort call and helped another intern use the form offline.',
]

export type UpdateIdOf = (email: string, cycleKey: string, period: number) => string | undefined

/** Writes the updates; returns the rows planned and the updates' ids by (email, cycle, period). */
export async function seedProgressUpdates(
  { prisma, count }: SeedContext,
  cohorts: Cohort[],
  women: Person[],
  fellowshipIds: Map<string, string>,
  fid: FellowshipIdOf,
) {
  const c7 = cohortOf(cohorts, 'kp-7')
  const womenCohort = cohortOf(cohorts, 'women-1')
  const updateRows: Prisma.ProgressUpdateCreateManyInput[] = []
  const rg = rngFor('updates-c7')
  const c7Start = day('2021-10-04')
  c7.members.forEach((m, idx) => {
    const fellowshipId = fid(m.email, 'kp-7')
    const voice = D.CYCLE7_PROJECTS.find((p) => p.title === m.project.title)!.voice
    const isDemo = idx === 0
    for (let i = 0; i < 8; i++) {
      const missing = !isDemo && rg() < 0.07
      const late = isDemo ? i === 3 : rg() < 0.12
      const periodStart = addDays(c7Start, 14 * i)
      const periodEnd = addDays(periodStart, 13)
      const submittedAt = addHours(addDays(periodEnd, late ? between(rg, 5, 9) : between(rg, 0, 2)), between(rg, 5, 14))
      const blocker = rg() < 0.35 ? pick(rg, D.BLOCKERS) : null
      const hours = between(rg, 60, 80)
      if (missing || !fellowshipId) continue
      const own = D.PHARMACY_UPDATES[i]
      updateRows.push({
        id: sid('update', fKey(m.email, 'kp-7'), i),
        fellowshipId,
        periodIndex: i,
        periodStart,
        periodEnd,
        status: 'SUBMITTED',
        accomplishments: isDemo ? own.accomplishments : `${PHASES[i](voice)} ${D.FELLOW_ROLES[m.seatIndex % D.FELLOW_ROLES.length]}`,
        blockers: isDemo ? (own.blockers ?? null) : blocker,
        nextSteps: isDemo ? own.nextSteps : NEXT[i](voice),
        hours: isDemo ? own.hours : hours,
        links: isDemo
          ? [`https://git.example/kp-fellows/pharmacy-licences/milestone/${i + 1}`]
          : i % 2 === 1
            ? [`https://drive.example/daftar/kp-7/${slugify(m.project.title)}/fortnight-${i + 1}`]
            : [],
        late,
        submittedAt,
        createdAt: addHours(submittedAt, -2),
      })
    }
  })
  const rwk = rngFor('updates-women')
  womenCohort.members.forEach((m) => {
    const fellowshipId = fid(m.email, 'women-1')
    const district = women.find((w) => w.email === m.email)!.district
    for (let i = 0; i < INTERN_WEEKS.length; i++) {
      const periodStart = addDays(womenCohort.start, 7 * i)
      const periodEnd = addDays(periodStart, 6)
      const missing = rwk() < 0.06
      const late = rwk() < 0.1
      const submittedAt = addHours(addDays(periodEnd, late ? between(rwk, 5, 7) : between(rwk, 0, 2)), between(rwk, 5, 14))
      const hours = between(rwk, 18, 30)
      if (missing || !fellowshipId) continue
      updateRows.push({
        id: sid('update', fKey(m.email, 'women-1'), i),
        fellowshipId,
        periodIndex: i,
        periodStart,
        periodEnd,
        status: 'SUBMITTED',
        accomplishments: INTERN_WEEKS[i](m.project.title, district),
        blockers: i === 2 ? 'Mobile signal is weak in the afternoons; I upload in the morning.' : null,
        nextSteps:
          i + 1 < INTERN_WEEKS.length ? 'Continue with next week’s plan agreed with my mentor.' : 'Start the second batch of records.',
        hours,
        links: [],
        late,
        submittedAt,
        createdAt: addHours(submittedAt, -1),
      })
    }
  })
  count('ProgressUpdate', await insertMany(updateRows, (data) => prisma.progressUpdate.createMany({ data, skipDuplicates: true })))
  const updates = await prisma.progressUpdate.findMany({
    where: { fellowshipId: { in: [...fellowshipIds.values()] } },
    select: { id: true, fellowshipId: true, periodIndex: true },
  })
  const updateIds = new Map(updates.map((u) => [`${u.fellowshipId}|${u.periodIndex}`, u.id]))
  const updateOf = (email: string, cycleKey: string, period: number) => {
    const f = fid(email, cycleKey)
    return f ? updateIds.get(`${f}|${period}`) : undefined
  }
  return { updateRows, updateOf }
}
