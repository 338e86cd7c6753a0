// Demo seed of the staff-only recruitment tools (issue 16): notes and tags on applications of
// the recruiting KP cycle 8 (strong-coder, women-in-tech, follow-up; notes by the programme
// team), one applicant's deadline extended past the call's close with the reason, and KP
// cycle 7's standard deliverables and metrics (what its projects report, for a next cycle to
// carry over). Idempotent: nothing written once cycle 8 has notes or cycle 7 has templates.
import { demo } from './people'
import { rngFor, sid, type SeedContext } from './helpers'

const NOTES = [
  'Called her on 20 November: she built the union council’s birth-registration spreadsheet on her own. Worth an interview.',
  'Strong GitHub profile (a Django app for a Swat school). Check whether the degree is complete before the interview.',
  'Referred by the Excise department’s focal person: no bearing on the score, noted for transparency.',
  'Asked about relocating to Peshawar: can start in February, not January.',
  'Statement mentions a disability: ask what support she needs at the interview venue.',
  'Follow up: CV upload was corrupted, she re-sent it by email on 2 December.',
]

export async function seedRecruitmentDepthStaff(
  ctx: SeedContext,
  cid: (key: string) => string | undefined,
  uid: (email: string) => string | undefined,
) {
  const { prisma, count } = ctx
  const c8 = cid('kp-8')
  const c7 = cid('kp-7')
  const staffId = uid(demo('STAFF').email)
  const colleagueId = uid('sohail@daftar.pk') ?? staffId
  if (!staffId) return
  const hiraId = uid(demo('APPLICANT').email)

  if (c8 && !(await prisma.applicationNote.count({ where: { application: { cycleId: c8 } } }))) {
    const apps = await prisma.application.findMany({
      where: { cycleId: c8, stage: { notIn: ['DRAFT', 'WITHDRAWN'] }, applicantId: { not: hiraId } },
      orderBy: { id: 'asc' },
      select: { id: true, gender: true },
    })
    const r = rngFor('staff-tags-c8')
    let tagged = 0
    for (const a of apps) {
      const tags: string[] = []
      if (r() < 0.22) tags.push('strong-coder')
      if (a.gender === 'FEMALE' && r() < 0.35) tags.push('women-in-tech')
      if (r() < 0.1) tags.push('follow-up')
      if (!tags.length) continue
      await prisma.application.update({ where: { id: a.id }, data: { staffTags: tags } })
      tagged++
    }
    count('Application (tagged)', tagged)
    const noted = apps.filter((_, i) => i % 7 === 0).slice(0, NOTES.length)
    const base = new Date('2026-11-20T06:00:00Z').getTime()
    await prisma.applicationNote.createMany({
      data: noted.map((a, i) => ({
        id: sid('application-note', a.id, i),
        applicationId: a.id,
        authorId: i % 2 ? colleagueId! : staffId,
        body: NOTES[i],
        createdAt: new Date(base + i * 36 * 3_600_000),
      })),
      skipDuplicates: true,
    })
    count('ApplicationNote', noted.length)
    // Two notes on one application: the newest shows first.
    if (noted[0])
      await prisma.applicationNote.createMany({
        data: [
          {
            id: sid('application-note', noted[0].id, 'second'),
            applicationId: noted[0].id,
            authorId: colleagueId!,
            body: 'Agree: shortlist for interview if the reviewers’ scores hold.',
            createdAt: new Date(base + 10 * 24 * 3_600_000),
          },
        ],
        skipDuplicates: true,
      })
  }

  // One applicant who has only a draft gets until 10 January, past the call's 31 December close.
  if (c8 && !(await prisma.deadlineExtension.count({ where: { cycleId: c8 } }))) {
    const draft = await prisma.application.findFirst({
      where: { cycleId: c8, stage: 'DRAFT', applicantId: { not: hiraId } },
      orderBy: { id: 'asc' },
      select: { applicantId: true },
    })
    if (draft) {
      await prisma.deadlineExtension.create({
        data: {
          id: sid('deadline-extension', c8, draft.applicantId),
          cycleId: c8,
          userId: draft.applicantId,
          until: new Date('2027-01-10T18:59:00Z'),
          reason:
            'Snowfall cut power and internet in her village in Shangla for a week; she wrote on 5 December asking for time to upload her degree.',
          grantedById: staffId,
          createdAt: new Date('2026-12-05T09:30:00Z'),
        },
      })
      count('DeadlineExtension', 1)
    }
  }

  if (c7 && !(await prisma.deliverableTemplate.count({ where: { cycleId: c7 } }))) {
    await prisma.deliverableTemplate.createMany({
      data: [
        {
          kind: 'DELIVERABLE' as const,
          title: 'Inception report',
          titleUr: 'ابتدائی رپورٹ',
          dueOffsetDays: 30,
          description: 'The problem as the department sees it, who is affected, and the plan for the year.',
        },
        { kind: 'MILESTONE' as const, title: 'Mid-term showcase', titleUr: 'وسط مدتی نمائش', dueOffsetDays: 150, description: null },
        {
          kind: 'DELIVERABLE' as const,
          title: 'Final report and handover',
          titleUr: 'حتمی رپورٹ اور حوالگی',
          dueOffsetDays: 330,
          description: 'What was built, what changed for citizens, and who in the department runs it now.',
        },
      ].map((t, position) => ({ ...t, id: sid('deliverable-template', c7, position), cycleId: c7, position })),
      skipDuplicates: true,
    })
    await prisma.metricTemplate.createMany({
      data: [
        { name: 'Citizens served', nameUr: 'مستفید شہری', unit: 'people', unitUr: 'افراد', target: null, cumulative: true, isPublic: true },
        {
          name: 'Processes digitised',
          nameUr: 'ڈیجیٹل کیے گئے طریقۂ کار',
          unit: 'processes',
          unitUr: 'طریقۂ کار',
          target: 3,
          cumulative: true,
          isPublic: true,
        },
        {
          name: 'Officials trained',
          nameUr: 'تربیت یافتہ افسران',
          unit: 'officials',
          unitUr: 'افسران',
          target: 20,
          cumulative: true,
          isPublic: false,
        },
      ].map((t, position) => ({ ...t, id: sid('metric-template', c7, position), cycleId: c7, position })),
      skipDuplicates: true,
    })
    count('DeliverableTemplate', 3)
    count('MetricTemplate', 3)
  }
}
