// Cycle 8's recruitment: the application form, the rubric, the applications and their reviews.
import type { Prisma, PrismaClient } from '@prisma/client'
import * as D from './data'
import { at, insertMany, notNull, sid, type Count, type IdOf } from './helpers'
import type { Person } from './people'
import { buildApplications } from './recruitment-plan'

/** Writes the form and rubric unless staff have started on either; returns criteria's ids by name. */
export async function seedFormAndRubric(prisma: PrismaClient, cycleId: string, count: Count): Promise<IdOf> {
  // A cycle's form and rubric are set up as a whole: if staff have started editing either, leave it.
  const [fields, criteria] = await Promise.all([
    prisma.formField.count({ where: { cycleId } }),
    prisma.rubricCriterion.count({ where: { cycleId } }),
  ])
  if (fields === 0) {
    const opts = (xs: { value: string; en: string; ur: string }[]) => xs
    const formFields: Omit<Prisma.FormFieldCreateManyInput, 'id' | 'cycleId' | 'position'>[] = [
      {
        key: 'fullName',
        type: 'SHORT_TEXT',
        labelEn: 'Full name (as on your CNIC)',
        labelUr: 'پورا نام (شناختی کارڈ کے مطابق)',
        required: true,
        personal: true,
      },
      {
        key: 'phone',
        type: 'SHORT_TEXT',
        labelEn: 'Mobile number',
        labelUr: 'موبائل نمبر',
        helpEn: 'Format: 03XX-XXXXXXX',
        helpUr: 'مثال: 03XX-XXXXXXX',
        required: true,
        personal: true,
      },
      {
        key: 'cnic',
        type: 'SHORT_TEXT',
        labelEn: 'CNIC number',
        labelUr: 'شناختی کارڈ نمبر',
        helpEn: 'Format: XXXXX-XXXXXXX-X',
        helpUr: 'مثال: XXXXX-XXXXXXX-X',
        required: true,
        personal: true,
      },
      {
        key: 'gender',
        type: 'SINGLE_CHOICE',
        labelEn: 'Gender',
        labelUr: 'جنس',
        required: true,
        personal: true,
        options: opts(D.GENDER_OPTIONS),
      },
      {
        key: 'district',
        type: 'SINGLE_CHOICE',
        labelEn: 'District of domicile',
        labelUr: 'ڈومیسائل کا ضلع',
        required: true,
        personal: true,
        options: opts(D.KP_DISTRICTS.map((d) => ({ value: d.en, en: d.en, ur: d.ur }))),
      },
      {
        key: 'degree',
        type: 'SINGLE_CHOICE',
        labelEn: 'Highest degree completed',
        labelUr: 'مکمل کی گئی اعلیٰ ترین ڈگری',
        required: true,
        options: opts(D.DEGREE_OPTIONS),
      },
      { key: 'dateOfBirth', type: 'DATE', labelEn: 'Date of birth', labelUr: 'تاریخ پیدائش', required: true, personal: true },
      {
        key: 'portfolio',
        type: 'URL',
        labelEn: 'Portfolio or GitHub link',
        labelUr: 'پورٹ فولیو یا گٹ ہب لنک',
        helpEn: 'Optional: something you built, designed or analysed.',
        helpUr: 'اختیاری: کوئی چیز جو آپ نے بنائی، ڈیزائن کی یا تجزیہ کی ہو۔',
        personal: true,
      },
      {
        key: 'motivation',
        type: 'LONG_TEXT',
        labelEn: 'Why do you want to join the fellowship, and which public service would you improve first?',
        labelUr: 'آپ فیلوشپ میں کیوں شامل ہونا چاہتے ہیں، اور آپ سب سے پہلے کون سی سرکاری خدمت بہتر بنائیں گے؟',
        helpEn: 'Up to 300 words.',
        helpUr: 'زیادہ سے زیادہ 300 الفاظ۔',
        required: true,
      },
      {
        key: 'cv',
        type: 'FILE',
        labelEn: 'CV (PDF)',
        labelUr: 'سی وی (پی ڈی ایف)',
        helpEn: 'Your most recent CV, one or two pages.',
        helpUr: 'آپ کی تازہ ترین سی وی، ایک یا دو صفحات۔',
        personal: true,
      },
    ]
    count(
      'FormField',
      await insertMany(
        formFields.map((f, position) => ({ ...f, id: sid('form-field', cycleId, f.key), cycleId, position })),
        (data) => prisma.formField.createMany({ data, skipDuplicates: true }),
      ),
    )
  }
  if (criteria === 0)
    count(
      'RubricCriterion',
      await insertMany(
        D.RUBRIC.map((c, position): Prisma.RubricCriterionCreateManyInput => ({
          ...c,
          id: sid('criterion', cycleId, c.name),
          cycleId,
          position,
        })),
        (data) => prisma.rubricCriterion.createMany({ data, skipDuplicates: true }),
      ),
    )
  const rows = await prisma.rubricCriterion.findMany({ where: { cycleId }, select: { id: true, name: true } })
  const criterionId: IdOf = (name) => rows.find((c) => c.name === name)?.id
  return criterionId
}

export async function seedRecruitment(
  prisma: PrismaClient,
  cycleId: string,
  applicants: Person[],
  uid: IdOf,
  criterionId: IdOf,
  count: Count,
) {
  const { apps, reviews } = buildApplications(applicants)
  const scoreOf = new Map<string, { mean: number; spread: number }>()
  for (const a of apps) {
    const rs = reviews.filter((r) => r.appEmail === a.person.email && r.status !== 'RECUSED')
    if (rs.length && rs.every((r) => r.status === 'SUBMITTED')) {
      const ws = rs.map((r) => r.weighted!)
      const mean = Math.round((ws.reduce((x, y) => x + y, 0) / ws.length) * 100) / 100
      scoreOf.set(a.person.email, { mean, spread: Math.round((Math.max(...ws) - Math.min(...ws)) * 100) / 100 })
    }
  }
  const appRows = apps
    .map((a): Prisma.ApplicationCreateManyInput | null => {
      const applicantId = uid(a.person.email)
      if (!applicantId) return null
      return {
        id: sid('application', cycleId, a.person.email),
        cycleId,
        applicantId,
        stage: a.stage,
        answers: a.answers,
        eligibility: a.eligibility,
        eligibilityNotes: a.notes,
        gender: a.person.gender,
        district: a.person.district,
        scoreMean: scoreOf.get(a.person.email)?.mean ?? null,
        scoreSpread: scoreOf.get(a.person.email)?.spread ?? null,
        submittedAt: a.submittedAt,
        decidedAt: a.decidedAt,
        createdAt: a.createdAt,
      }
    })
    .filter(notNull)
  count('Application', await insertMany(appRows, (data) => prisma.application.createMany({ data, skipDuplicates: true })))
  const appDb = await prisma.application.findMany({
    where: { cycleId, applicantId: { in: appRows.map((a) => a.applicantId) } },
    select: { id: true, applicantId: true },
  })
  const appIds = new Map(appDb.map((a) => [a.applicantId, a.id]))
  const appOf = (email: string) => {
    const u = uid(email)
    return u ? appIds.get(u) : undefined
  }

  const reviewRows = reviews
    .map((r): Prisma.ReviewCreateManyInput | null => {
      const applicationId = appOf(r.appEmail)
      const reviewerId = uid(r.reviewerEmail)
      if (!applicationId || !reviewerId) return null
      return {
        id: sid('review', applicationId, r.reviewerEmail),
        applicationId,
        reviewerId,
        status: r.status,
        conflictReason: r.conflictReason,
        comment: r.comment,
        weightedScore: r.weighted,
        submittedAt: r.submittedAt,
        createdAt: at('2026-11-18T05:00:00Z'),
      }
    })
    .filter(notNull)
  count('Review', await insertMany(reviewRows, (data) => prisma.review.createMany({ data, skipDuplicates: true })))
  const reviewDb = await prisma.review.findMany({
    where: { applicationId: { in: [...appIds.values()] } },
    select: { id: true, applicationId: true, reviewerId: true },
  })
  const reviewIds = new Map(reviewDb.map((r) => [`${r.applicationId}|${r.reviewerId}`, r.id]))
  const scoreRows: Prisma.ReviewScoreCreateManyInput[] = []
  for (const r of reviews) {
    const applicationId = appOf(r.appEmail)
    const reviewerId = uid(r.reviewerEmail)
    const reviewId = applicationId && reviewerId ? reviewIds.get(`${applicationId}|${reviewerId}`) : undefined
    if (!reviewId) continue
    r.scores.forEach((score, i) => {
      const criterion = criterionId(D.RUBRIC[i].name)
      if (criterion) scoreRows.push({ id: sid('review-score', reviewId, criterion), reviewId, criterionId: criterion, score })
    })
  }
  count('ReviewScore', await insertMany(scoreRows, (data) => prisma.reviewScore.createMany({ data, skipDuplicates: true })))
}
