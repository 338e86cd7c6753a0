// Comments staff, partners and fellows left on progress updates and deliverables.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { addHours, at, day, insertMany, pKey, sid, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { DeptOf } from './departments'
import { demo } from './people'
import type { FellowshipIdOf } from './placement'
import type { UpdateIdOf } from './progress'

export async function seedComments(
  { prisma, count }: SeedContext,
  cohorts: Cohort[],
  updateRows: Prisma.ProgressUpdateCreateManyInput[],
  lookups: { uid: IdOf; fid: FellowshipIdOf; updateOf: UpdateIdOf; partnerOf: DeptOf; demoPartnerId: string | undefined },
) {
  const { uid, fid, updateOf, partnerOf, demoPartnerId } = lookups
  const c7 = cohortOf(cohorts, 'kp-7')
  const womenCohort = cohortOf(cohorts, 'women-1')
  const fellow = demo('FELLOW').email
  const firstOn = (title: string) => c7.members.find((m) => m.project.title === title)!.email
  const lateUpdate = updateRows.find((u) => u.late && u.fellowshipId !== fid(fellow, 'kp-7') && u.periodIndex < 8)
  const pharmacyPilot = sid('deliverable', pKey('kp-7', D.PHARMACY_TITLE), 1)
  const grievanceReqs = sid('deliverable', pKey('kp-7', 'Local council grievance tracker'), 0)
  const commentSpecs: { key: string; author?: string; body: string; update?: string; deliverable?: string; at: Date }[] = [
    {
      key: 'c1',
      author: uid(demo('STAFF').email),
      update: updateOf(fellow, 'kp-7', 3),
      at: at('2021-12-01T06:30:00Z'),
      body: 'Good progress on the import. I have asked the KP IT Board about the server access and will follow up on Thursday.',
    },
    {
      key: 'c2',
      author: demoPartnerId,
      update: updateOf(fellow, 'kp-7', 5),
      at: at('2021-12-30T05:10:00Z'),
      body: 'The inspectors in Peshawar liked the checklist. Let us plan Mardan next.',
    },
    {
      key: 'c3',
      author: uid('sohail@daftar.pk'),
      update: lateUpdate?.id,
      at: addHours((lateUpdate?.submittedAt as Date | undefined) ?? day('2021-12-20'), 20),
      body: 'This update came in after the grace period. Please submit on time, or message me in advance if the department schedule gets in the way.',
    },
    {
      key: 'c4',
      author: partnerOf('ese'),
      update: updateOf(firstOn('School enrolment and attendance dashboard'), 'kp-7', 4),
      at: at('2021-12-15T09:00:00Z'),
      body: 'The district education officers in Mardan are keen to see the dashboard. Please include girls’ attendance separately.',
    },
    {
      key: 'c5',
      author: partnerOf('kpitb'),
      update: updateOf(firstOn('Citizen digital-services prototype (single platform)'), 'kp-7', 3),
      at: at('2021-12-02T10:20:00Z'),
      body: 'Please keep the digital-identity part separate so it can be reused by other departments.',
    },
    {
      key: 'c6',
      author: demoPartnerId,
      deliverable: pharmacyPilot,
      at: at('2022-01-25T08:00:00Z'),
      body: 'Thank you, the district offices are keen to start. Please add the Urdu name on the printed licence first.',
    },
    {
      key: 'c7',
      author: uid(fellow),
      deliverable: pharmacyPilot,
      at: at('2022-01-26T11:30:00Z'),
      body: 'Working on it: the Urdu name is done, the QR code will follow next week.',
    },
    {
      key: 'c8',
      author: partnerOf('lg'),
      deliverable: grievanceReqs,
      at: at('2021-11-16T06:45:00Z'),
      body: 'The tehsil municipal officers need a category for water supply separate from drainage.',
    },
    {
      key: 'c9',
      author: uid('nazim@daftar.pk'),
      update: updateOf(womenCohort.members[0].email, 'women-1', 2),
      at: at('2021-12-23T07:15:00Z'),
      body: 'Well done on the office visits. Remember to note the visiting times in the shared sheet.',
    },
  ]
  const existingDeliverables = new Set(
    (await prisma.deliverable.findMany({ where: { id: { in: [pharmacyPilot, grievanceReqs] } }, select: { id: true } })).map((d) => d.id),
  )
  count(
    'Comment',
    await insertMany(
      commentSpecs
        .filter((c) => c.author && (c.update || (c.deliverable && existingDeliverables.has(c.deliverable))))
        .map((c): Prisma.CommentCreateManyInput => ({
          id: sid('comment', c.key),
          authorId: c.author!,
          body: c.body,
          progressUpdateId: c.update ?? null,
          deliverableId: c.deliverable ?? null,
          createdAt: c.at,
        })),
      (data) => prisma.comment.createMany({ data, skipDuplicates: true }),
    ),
  )
}
