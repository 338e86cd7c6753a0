// Builders for recruitment tests: a cycle with an open call (questions, rules, rubric),
// applications at any stage, reviewers, and an in-memory file store.
import type { ApplicationStage, Prisma } from '@prisma/client'
import { getDb } from '../../lib/server/db'
import { setStorageDriver } from '../../lib/files/storage'
import type { StorageDriver } from '../../lib/files/driver'
import type { EligibilityRule } from '../../lib/recruitment/eligibility'
import { makeCycle, makeUser, viewerOf } from './factories'

const day = 24 * 3600_000

export const STANDARD_FIELDS: Omit<Prisma.FormFieldCreateManyInput, 'cycleId' | 'position'>[] = [
  { key: 'fullName', type: 'SHORT_TEXT', labelEn: 'Full name', labelUr: 'پورا نام', required: true, personal: true },
  { key: 'cnic', type: 'SHORT_TEXT', labelEn: 'CNIC', labelUr: 'شناختی کارڈ', required: false, personal: true },
  {
    key: 'gender',
    type: 'SINGLE_CHOICE',
    labelEn: 'Gender',
    labelUr: 'جنس',
    required: true,
    options: [
      { value: 'FEMALE', en: 'Female', ur: 'خاتون' },
      { value: 'MALE', en: 'Male', ur: 'مرد' },
    ],
  },
  { key: 'district', type: 'SHORT_TEXT', labelEn: 'District', labelUr: 'ضلع', required: true },
  { key: 'dateOfBirth', type: 'DATE', labelEn: 'Date of birth', labelUr: 'تاریخ پیدائش', required: false },
  { key: 'motivation', type: 'LONG_TEXT', labelEn: 'Motivation', labelUr: 'مقصد', required: true },
  { key: 'cv', type: 'FILE', labelEn: 'CV', labelUr: 'سی وی', required: false },
  { key: 'photo', type: 'FILE', labelEn: 'Photo', labelUr: 'تصویر', required: false, personal: true },
]

export const goodAnswers = (over: Record<string, unknown> = {}) => ({
  'a.fullName': 'Hira Bibi',
  'a.cnic': '17301-1234567-8',
  'a.gender': 'FEMALE',
  'a.district': 'Swat',
  'a.dateOfBirth': '2000-04-12',
  'a.motivation': 'I want to help the Health Department keep medicine stock data on time.',
  ...over,
})

/** A RECRUITING cycle open now, with the standard questions and a two-criterion rubric. */
export async function makeOpenCall(
  over: {
    blindReview?: boolean
    rules?: EligibilityRule[]
    opensInDays?: number
    closesInDays?: number
    reviewsPerApplication?: number
  } = {},
) {
  const db = await getDb()
  const now = Date.now()
  const c = await makeCycle({
    status: 'RECRUITING',
    applicationsOpenAt: new Date(now + (over.opensInDays ?? -1) * day),
    applicationsCloseAt: new Date(now + (over.closesInDays ?? 30) * day),
  })
  const cycle = await db.cycle.update({
    where: { id: c.id },
    data: {
      blindReview: over.blindReview ?? true,
      eligibilityRules: (over.rules ?? []) as Prisma.InputJsonValue,
      reviewsPerApplication: over.reviewsPerApplication ?? 2,
    },
    include: { programme: true },
  })
  await db.formField.createMany({ data: STANDARD_FIELDS.map((f, position) => ({ ...f, cycleId: c.id, position })) })
  const criteria = [
    await db.rubricCriterion.create({
      data: { cycleId: c.id, name: 'Problem solving', weight: 3, position: 0, anchors: { '1': 'None', '5': 'Excellent' } },
    }),
    await db.rubricCriterion.create({ data: { cycleId: c.id, name: 'Motivation', weight: 1, position: 1 } }),
  ]
  return { cycle, criteria }
}

let seq = 0

/** An application written straight to the database, at any stage. */
export async function makeApplication(
  cycleId: string,
  over: {
    stage?: ApplicationStage
    applicantId?: string
    answers?: Record<string, unknown>
    district?: string
    gender?: 'FEMALE' | 'MALE'
    scoreMean?: number
    scoreSpread?: number
  } = {},
) {
  const db = await getDb()
  const applicant = over.applicantId
    ? await db.user.findUniqueOrThrow({ where: { id: over.applicantId } })
    : await makeUser('APPLICANT', { name: `Applicant ${++seq}` })
  const app = await db.application.create({
    data: {
      cycleId,
      applicantId: applicant.id,
      stage: over.stage ?? 'SUBMITTED',
      answers: (over.answers ?? {
        fullName: applicant.name,
        motivation: 'To serve.',
        gender: over.gender ?? 'FEMALE',
        district: over.district ?? 'Swat',
        cnic: '17301-0000000-1',
      }) as Prisma.InputJsonValue,
      district: over.district ?? 'Swat',
      gender: over.gender ?? 'FEMALE',
      scoreMean: over.scoreMean,
      scoreSpread: over.scoreSpread,
      eligibility: 'ELIGIBLE',
      submittedAt: over.stage === 'DRAFT' ? null : new Date(),
    },
  })
  return { app, applicant, viewer: viewerOf(applicant) }
}

export async function makeReview(
  applicationId: string,
  reviewerId: string,
  status: 'ASSIGNED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED' = 'ASSIGNED',
) {
  const db = await getDb()
  return db.review.create({ data: { applicationId, reviewerId, status } })
}

/** Keeps uploaded bytes in memory for the test file. */
export function useMemoryStorage() {
  const files = new Map<string, Uint8Array>()
  const driver: StorageDriver = {
    async put(key, bytes) {
      files.set(key, bytes)
    },
    async get(key) {
      const b = files.get(key)
      if (!b) throw new Error('missing')
      return b
    },
    async remove(key) {
      files.delete(key)
    },
  }
  setStorageDriver(driver)
  return files
}

export const pdf = (name = 'cv.pdf', size = 2000) => {
  const bytes = new Uint8Array(size)
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'))
  return new File([bytes], name, { type: 'application/pdf' })
}

export const exe = (name = 'cv.pdf') => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])], name, { type: 'application/pdf' })

export async function lastMailTo(email: string) {
  const db = await getDb()
  return db.notification.findFirst({ where: { toEmail: email }, orderBy: { createdAt: 'desc' } })
}
