// Fills the database with realistic, deterministic demo data (three programmes, their cycles,
// departments, fellows, projects, updates, deliverables, impact and a recruiting cycle).
//
// Idempotent: rows get ids derived from a stable key (sid()), are written with
// createMany({ skipDuplicates }) and are then looked up again by their natural key, so a
// second run inserts nothing and never overwrites what people changed in the demo. Only the
// six demo accounts are corrected (name, role, active, verified, password) so that the
// sign-in page's demo buttons always work.
//
// Each domain's part is in prisma/seed/ (its static lists in prisma/seed/data/); this file
// calls them in order, as later parts look up the rows earlier ones wrote.
//
// Run directly: `tsx prisma/seed.ts` (uses DATABASE_URL or PGLITE_DIR).
import { pathToFileURL } from 'node:url'
import type { PrismaClient } from '@prisma/client'
import { hashPassword } from '../lib/auth/password'
import { DEMO_PASSWORD } from '../lib/demo'
import type { SeedContext } from './seed/helpers'
import { planPeople, seedUsers } from './seed/people'
import { planCohorts } from './seed/cohorts'
import { seedDepartments, seedPartnerContacts } from './seed/departments'
import { seedCycleDepartments, seedProgrammesAndCycles } from './seed/programmes'
import { buildProjects, seedProjects } from './seed/projects'
import { seedFormAndRubric, seedRecruitment } from './seed/recruitment'
import { seedFellowships, seedPlacements, seedPreferences } from './seed/placement'
import { seedProgressUpdates } from './seed/progress'
import { seedDeliverables } from './seed/deliverables'
import { seedComments } from './seed/comments'
import { seedAlumni, seedImpact } from './seed/insight'
import { seedNotifications } from './seed/notifications'
import { seedEvaluations } from './seed/evaluations'
import { seedEvents } from './seed/events'
import { seedAnnouncements } from './seed/announcements'
import { seedCertificates } from './seed/certificates'
import { seedStipends } from './seed/stipends'
import { seedRecruitmentDepthStaff } from './seed/recruitment-depth-staff'
import { seedReferees } from './seed/referees'
import { seedInterviewSlots } from './seed/interview-slots'
import { seedPeopleHistory } from './seed/people-history'

export { sid } from './seed/helpers'

export interface SeedOptions {
  log?: (s: string) => void
}

export async function seed(prisma: PrismaClient, opts: SeedOptions = {}): Promise<void> {
  const log = opts.log ?? (() => {})
  const started = Date.now()
  const added: Record<string, number> = {}
  const count = (model: string, n: number) => (added[model] = (added[model] ?? 0) + n)
  const ctx: SeedContext = { prisma, count, log }

  let hash: string | undefined
  const demoHash = async () => (hash ??= await hashPassword(DEMO_PASSWORD))

  // The plan first, without the database: who the people are and which seat each holds.
  const people = planPeople()
  const cohorts = planCohorts(people)

  const { deptIds, deptOf } = await seedDepartments(ctx)
  const uid = await seedUsers(ctx, people, cohorts, deptOf, demoHash)
  const { focalOf, partnerOf, demoPartnerId } = await seedPartnerContacts(ctx, deptIds, deptOf, uid)

  const { cycleIds, cid } = await seedProgrammesAndCycles(ctx)
  const projectSpecs = buildProjects()
  await seedCycleDepartments(ctx, projectSpecs, cid, deptOf, focalOf)

  const c8 = cid('kp-8')
  const criterionId = c8 ? await seedFormAndRubric(prisma, c8, count) : () => undefined
  const pid = await seedProjects(ctx, projectSpecs, cycleIds, deptOf, focalOf, partnerOf)
  if (c8) await seedRecruitment(prisma, c8, people.applicants, uid, criterionId, count)
  await seedReferees(ctx, c8, uid)
  await seedInterviewSlots(ctx, c8, uid, demoHash)

  const { fellowshipIds, fid } = await seedFellowships(ctx, cohorts, uid, cycleIds)
  await seedPreferences(ctx, cohorts, fid, pid)
  await seedPlacements(ctx, cohorts, fellowshipIds, fid, pid)

  const { updateRows, updateOf } = await seedProgressUpdates(ctx, cohorts, people.women, fellowshipIds, fid)
  await seedDeliverables(ctx, cohorts, pid, uid, partnerOf)
  await seedComments(ctx, cohorts, updateRows, { uid, fid, updateOf, partnerOf, demoPartnerId })

  await seedImpact(ctx, cohorts, pid, uid)
  await seedAlumni(ctx, cohorts, uid)
  await seedNotifications(ctx, uid)
  await seedEvents(ctx, cohorts, cid, uid, fid, deptOf)
  await seedAnnouncements(ctx, cid, uid)
  await seedEvaluations(ctx, cohorts, cid, fid, partnerOf, uid)
  await seedCertificates(ctx, cid, uid, fid)
  await seedStipends(ctx, cid, uid)
  await seedRecruitmentDepthStaff(ctx, cid, uid)
  await seedPeopleHistory(ctx, cid, uid)

  const summary = Object.entries(added)
    .filter(([, n]) => n > 0)
    .map(([m, n]) => `${m} +${n}`)
    .join(', ')
  log(`seed: ${summary || 'nothing new'} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
}

async function main() {
  const { connectFromEnv } = await import('../lib/server/connect')
  const conn = await connectFromEnv()
  try {
    await seed(conn.prisma, { log: (s) => console.log(s) })
  } finally {
    await conn.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
