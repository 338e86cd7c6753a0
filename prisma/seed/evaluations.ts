// Cycle 7's mid-term evaluation round, complete: each supervisor's evaluation of their fellows,
// each fellow's self-evaluation and evaluation of their department, all submitted, and the
// supervisors' released to the fellows.
import type { Prisma } from '@prisma/client'
import { addDays, at, fKey, insertMany, pick, rngFor, sid, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { DeptOf } from './departments'
import type { FellowshipIdOf } from './placement'

type Direction = 'SUPERVISOR' | 'SELF' | 'DEPARTMENT'
type Anchor = { en: string; ur: string }

const QUALITY: Anchor[] = [
  { en: 'Far below what the project needs', ur: 'منصوبے کی ضرورت سے بہت کم' },
  { en: 'Below what the project needs', ur: 'منصوبے کی ضرورت سے کم' },
  { en: 'Meets what the project needs', ur: 'منصوبے کی ضرورت کے مطابق' },
  { en: 'Often goes beyond it', ur: 'اکثر ضرورت سے بڑھ کر' },
  { en: 'Outstanding', ur: 'غیر معمولی' },
]
const FREQUENCY: Anchor[] = [
  { en: 'Never', ur: 'کبھی نہیں' },
  { en: 'Rarely', ur: 'شاذ و نادر' },
  { en: 'Sometimes', ur: 'کبھی کبھار' },
  { en: 'Mostly', ur: 'زیادہ تر' },
  { en: 'Always', ur: 'ہمیشہ' },
]

const CRITERIA: { key: string; direction: Direction; kind: 'SCALE' | 'QUESTION'; label: string; labelUr: string; anchors?: Anchor[] }[] = [
  {
    key: 'sup-quality',
    direction: 'SUPERVISOR',
    kind: 'SCALE',
    label: 'Quality of the fellow’s work',
    labelUr: 'فیلو کے کام کا معیار',
    anchors: QUALITY,
  },
  {
    key: 'sup-staff',
    direction: 'SUPERVISOR',
    kind: 'SCALE',
    label: 'Works well with the department’s staff',
    labelUr: 'محکمے کے عملے کے ساتھ اچھا کام کرتا ہے',
    anchors: FREQUENCY,
  },
  {
    key: 'sup-focus',
    direction: 'SUPERVISOR',
    kind: 'QUESTION',
    label: 'What should the fellow focus on in the second half?',
    labelUr: 'دوسرے نصف میں فیلو کو کس چیز پر توجہ دینی چاہیے؟',
  },
  {
    key: 'self-progress',
    direction: 'SELF',
    kind: 'SCALE',
    label: 'Progress on my project',
    labelUr: 'میرے منصوبے میں پیش رفت',
    anchors: QUALITY,
  },
  {
    key: 'self-learning',
    direction: 'SELF',
    kind: 'SCALE',
    label: 'I am learning how government works',
    labelUr: 'میں سیکھ رہا/رہی ہوں کہ حکومت کیسے کام کرتی ہے',
    anchors: FREQUENCY,
  },
  {
    key: 'self-help',
    direction: 'SELF',
    kind: 'QUESTION',
    label: 'What would help you do more in the second half?',
    labelUr: 'دوسرے نصف میں مزید کام کرنے میں کیا چیز آپ کی مدد کرے گی؟',
  },
  {
    key: 'dept-access',
    direction: 'DEPARTMENT',
    kind: 'SCALE',
    label: 'The department gave me the access and data I needed',
    labelUr: 'محکمے نے مجھے ضروری رسائی اور معلومات دیں',
    anchors: FREQUENCY,
  },
  {
    key: 'dept-time',
    direction: 'DEPARTMENT',
    kind: 'SCALE',
    label: 'My supervisor made time for the project',
    labelUr: 'میرے نگران نے منصوبے کے لیے وقت نکالا',
    anchors: FREQUENCY,
  },
  {
    key: 'dept-change',
    direction: 'DEPARTMENT',
    kind: 'QUESTION',
    label: 'What should the department do differently?',
    labelUr: 'محکمے کو کیا مختلف کرنا چاہیے؟',
  },
]

const WORDS: Record<string, string[]> = {
  'sup-focus': [
    'Finish the pilot in two districts and write down the process so the section can run it without the fellow.',
    'Spend more time with the district offices: the users are there, not in the secretariat.',
    'Keep the weekly demo with the section officer; it is what moved the approvals forward.',
  ],
  'self-help': [
    'A named counterpart in the IT cell who can deploy to the government servers.',
    'Quicker sign-off on the data-sharing request; I have waited five weeks.',
    'Time with the district staff who will use the system every day.',
  ],
  'dept-change': [
    'Decide who owns the system after the fellowship ends, before the pilot starts.',
    'Share the files we ask for in soft copy; retyping registers costs weeks.',
    'Include the fellow in the weekly review meeting.',
  ],
}

export async function seedEvaluations(
  { prisma, count }: SeedContext,
  cohorts: Cohort[],
  cid: IdOf,
  fid: FellowshipIdOf,
  partnerOf: DeptOf,
  uid: IdOf,
) {
  const cycleId = cid('kp-7')
  if (!cycleId) return
  const c7 = cohortOf(cohorts, 'kp-7')
  const roundId = sid('evaluation-round', 'kp-7', 'mid-term')
  const dueAt = at('2022-04-15T18:59:00Z')
  const openedAt = at('2022-03-25T05:00:00Z')
  count(
    'EvaluationRound',
    (
      await prisma.evaluationRound.createMany({
        data: [
          {
            id: roundId,
            cycleId,
            name: 'Mid-term evaluation',
            nameUr: 'وسط مدتی جائزہ',
            dueAt,
            directions: ['SUPERVISOR', 'SELF', 'DEPARTMENT'],
            openedAt,
            releasedAt: at('2022-04-25T06:00:00Z'),
            createdAt: addDays(openedAt, -7),
          },
        ],
        skipDuplicates: true,
      })
    ).count,
  )
  const criterionId = (key: string) => sid('evaluation-criterion', 'kp-7', 'mid-term', key)
  count(
    'EvaluationCriterion',
    await insertMany(
      CRITERIA.map((c, position) => ({
        id: criterionId(c.key),
        roundId,
        direction: c.direction,
        kind: c.kind,
        label: c.label,
        labelUr: c.labelUr,
        anchors: (c.anchors ?? []) as unknown as Prisma.InputJsonValue,
        position,
      })),
      (data) => prisma.evaluationCriterion.createMany({ data, skipDuplicates: true }),
    ),
  )
  const r = rngFor('evaluations-kp-7-mid-term')
  const rows: Prisma.EvaluationCreateManyInput[] = []
  for (const [i, m] of c7.members.entries()) {
    const fellowshipId = fid(m.email, 'kp-7')
    const fellowId = uid(m.email)
    const supervisorId = partnerOf(m.project.dept)
    if (!fellowshipId || !fellowId) continue
    for (const direction of ['SUPERVISOR', 'SELF', 'DEPARTMENT'] as const) {
      const authorId = direction === 'SUPERVISOR' ? supervisorId : fellowId
      if (!authorId) continue
      const answers: Record<string, number | string> = {}
      for (const c of CRITERIA.filter((x) => x.direction === direction))
        answers[criterionId(c.key)] = c.kind === 'SCALE' ? 3 + Math.floor(r() * 3) - (r() < 0.15 ? 1 : 0) : pick(r, WORDS[c.key])
      const submittedAt = addDays(openedAt, 3 + ((i * 3 + (direction === 'SUPERVISOR' ? 5 : 0)) % 18))
      rows.push({
        id: sid('evaluation', fKey(m.email, 'kp-7'), 'mid-term', direction),
        roundId,
        fellowshipId,
        direction,
        authorId,
        status: 'SUBMITTED',
        answers,
        submittedAt,
        createdAt: addDays(submittedAt, -1),
      })
    }
  }
  count('Evaluation', await insertMany(rows, (data) => prisma.evaluation.createMany({ data, skipDuplicates: true })))
}
