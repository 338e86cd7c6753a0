// Cycle 7's sessions: the October bootcamp and the monthly trainings (attendance taken, one
// cancelled, the latest not yet marked), and sessions still to come with some answers already
// in. Dates are fixed (the seed is deterministic): the upcoming ones lie in 2027.
import type { Prisma } from '@prisma/client'
import { at, insertMany, rngFor, sid, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { DeptOf } from './departments'
import type { FellowshipIdOf } from './placement'
import { demo } from './people'

type Plan = {
  key: string
  kind: 'BOOTCAMP' | 'WORKSHOP' | 'TRAINING' | 'DEMO_DAY'
  title: string
  titleUr: string
  description?: string
  descriptionUr?: string
  /** Karachi wall-clock times. */
  starts: string
  ends: string
  place?: string
  onlineUrl?: string
  health?: boolean
  invitePartners?: boolean
  cancelled?: boolean
  /** Attendance taken (past sessions), or answers given (upcoming ones). */
  marked?: boolean
  answered?: number
}

const PESHAWAR = 'Pakistan Academy for Rural Development (PARD), Academy Town, Peshawar'
const CIVIL_SECRETARIAT = 'Committee Room, Civil Secretariat, Peshawar'

const PLAN: Plan[] = [
  {
    key: 'bootcamp',
    kind: 'BOOTCAMP',
    title: 'Fellowship bootcamp: government, design and delivery',
    titleUr: 'فیلوشپ بوٹ کیمپ: حکومت، ڈیزائن اور عمل درآمد',
    description:
      'Five days before placement: how KP departments work, rules of business, human-centred design, agile delivery, and meeting your focal persons.',
    descriptionUr:
      'تعیناتی سے پہلے پانچ دن: خیبر پختونخوا کے محکمے کیسے کام کرتے ہیں، رولز آف بزنس، انسان مرکز ڈیزائن، ایجائل طریقۂ کار، اور اپنے فوکل پرسنز سے ملاقات۔',
    starts: '2021-10-04T09:00',
    ends: '2021-10-08T17:00',
    place: PESHAWAR,
    marked: true,
  },
  {
    key: 'training-2021-11',
    kind: 'TRAINING',
    title: 'Writing requirements with your focal person',
    titleUr: 'فوکل پرسن کے ساتھ ضروریات لکھنا',
    starts: '2021-11-12T10:00',
    ends: '2021-11-12T13:00',
    place: CIVIL_SECRETARIAT,
    marked: true,
  },
  {
    key: 'training-2021-12',
    kind: 'TRAINING',
    title: 'Personal data and information security in government systems',
    titleUr: 'سرکاری نظاموں میں ذاتی معلومات اور معلوماتی تحفظ',
    starts: '2021-12-10T10:00',
    ends: '2021-12-10T13:00',
    onlineUrl: 'https://meet.example/kp-7/data-protection',
    marked: true,
  },
  {
    key: 'training-2022-01',
    kind: 'WORKSHOP',
    title: 'Usability testing with citizens and staff',
    titleUr: 'شہریوں اور عملے کے ساتھ استعمال کی جانچ',
    starts: '2022-01-14T10:00',
    ends: '2022-01-14T16:00',
    place: PESHAWAR,
    marked: true,
  },
  {
    key: 'training-2022-02',
    kind: 'TRAINING',
    title: 'Field visit: NADRA e-Sahulat centre',
    titleUr: 'فیلڈ وزٹ: نادرا ای سہولت مرکز',
    starts: '2022-02-11T10:00',
    ends: '2022-02-11T13:00',
    place: 'NADRA e-Sahulat centre, University Road, Peshawar',
    cancelled: true,
  },
  {
    key: 'training-2022-03',
    kind: 'TRAINING',
    title: 'Procurement rules for digital projects (KPPRA)',
    titleUr: 'ڈیجیٹل منصوبوں کے لیے خریداری کے قواعد (کے پی پی آر اے)',
    starts: '2022-03-11T10:00',
    ends: '2022-03-11T13:00',
    place: CIVIL_SECRETARIAT,
  },
  {
    key: 'training-2027-01',
    kind: 'TRAINING',
    title: 'Measuring a pilot: indicators and baselines',
    titleUr: 'پائلٹ کی پیمائش: اشاریے اور بنیادی اعداد',
    description: 'Bring your project’s pilot plan; we will set two indicators for each project with its focal person.',
    descriptionUr: 'اپنے منصوبے کا پائلٹ پلان ساتھ لائیں؛ ہم ہر منصوبے کے لیے فوکل پرسن کے ساتھ دو اشاریے طے کریں گے۔',
    starts: '2027-01-14T10:00',
    ends: '2027-01-14T13:00',
    onlineUrl: 'https://meet.example/kp-7/pilot-indicators',
    answered: 0.6,
  },
  {
    key: 'workshop-2027-02-health',
    kind: 'WORKSHOP',
    title: 'Handover planning with the Health Department',
    titleUr: 'محکمہ صحت کے ساتھ حوالگی کی منصوبہ بندی',
    starts: '2027-02-11T10:00',
    ends: '2027-02-11T12:30',
    place: 'Directorate General Health Services, Peshawar',
    health: true,
    invitePartners: true,
    answered: 0.5,
  },
  {
    key: 'demo-day-2027',
    kind: 'DEMO_DAY',
    title: 'Cycle 7 demo day',
    titleUr: 'سائیکل 7 ڈیمو ڈے',
    description: 'Each team shows its system working, to the secretaries and focal persons of the partner departments.',
    descriptionUr: 'ہر ٹیم شراکت دار محکموں کے سیکرٹریز اور فوکل پرسنز کے سامنے اپنا نظام چلا کر دکھاتی ہے۔',
    starts: '2027-03-18T14:00',
    ends: '2027-03-18T17:30',
    place: PESHAWAR,
    invitePartners: true,
  },
]

const karachi = (local: string) => at(`${local}:00+05:00`)

export async function seedEvents(
  { prisma, count }: SeedContext,
  cohorts: Cohort[],
  cid: IdOf,
  uid: IdOf,
  fid: FellowshipIdOf,
  deptOf: DeptOf,
) {
  const cycleId = cid('kp-7')
  const staffId = uid(demo('STAFF').email)
  if (!cycleId || !staffId) return
  const c7 = cohortOf(cohorts, 'kp-7')
  const health = deptOf('health')
  const events: Prisma.CohortEventCreateManyInput[] = PLAN.map((p) => ({
    id: sid('event', 'kp-7', p.key),
    cycleId,
    kind: p.kind,
    title: p.title,
    titleUr: p.titleUr,
    description: p.description ?? null,
    descriptionUr: p.descriptionUr ?? null,
    startsAt: karachi(p.starts),
    endsAt: karachi(p.ends),
    place: p.place ?? null,
    onlineUrl: p.onlineUrl ?? null,
    departmentIds: p.health && health ? [health] : [],
    invitePartners: !!p.invitePartners,
    cancelledAt: p.cancelled ? karachi(`${p.starts.slice(0, 10)}T08:00`) : null,
    createdById: staffId,
    createdAt: at('2021-09-28T05:00:00Z'),
  }))
  count('CohortEvent', await insertMany(events, (data) => prisma.cohortEvent.createMany({ data, skipDuplicates: true })))

  const r = rngFor('events-kp-7')
  const marks: Prisma.AttendanceCreateManyInput[] = []
  const answers: Prisma.EventRsvpCreateManyInput[] = []
  for (const p of PLAN) {
    const eventId = sid('event', 'kp-7', p.key)
    const invited = c7.members.filter((m) => !p.health || m.project.dept === 'health')
    invited.forEach((m, idx) => {
      const fellowshipId = fid(m.email, 'kp-7')
      const userId = uid(m.email)
      const roll = r()
      if (p.marked && fellowshipId) {
        // The demo fellow (the first member) came to everything, once late.
        const mark =
          idx === 0
            ? p.key === 'training-2021-12'
              ? 'LATE'
              : 'PRESENT'
            : roll < 0.78
              ? 'PRESENT'
              : roll < 0.86
                ? 'LATE'
                : roll < 0.92
                  ? 'EXCUSED'
                  : 'ABSENT'
        marks.push({
          id: sid('attendance', p.key, m.email),
          eventId,
          fellowshipId,
          mark,
          markedById: staffId,
          markedAt: karachi(`${p.ends.slice(0, 10)}T18:00`),
        })
      }
      // Answers to sessions still to come; the demo fellow has not answered yet.
      if (p.answered && userId && idx > 0 && roll < p.answered) {
        const answer = roll < p.answered * 0.7 ? 'YES' : roll < p.answered * 0.85 ? 'MAYBE' : 'NO'
        answers.push({ id: sid('rsvp', p.key, m.email), eventId, userId, answer })
      }
    })
  }
  count('Attendance', await insertMany(marks, (data) => prisma.attendance.createMany({ data, skipDuplicates: true })))
  count('EventRsvp', await insertMany(answers, (data) => prisma.eventRsvp.createMany({ data, skipDuplicates: true })))
}
