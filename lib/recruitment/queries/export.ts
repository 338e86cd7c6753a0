// Applications with scores as CSV, in the reader's language. Staff get every column; a
// reviewer gets only the applications assigned to them and, in a blind cycle, no name,
// email, phone, personal or link question: the same rule as on screen, enforced here again.
import 'server-only'
import type { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan, isStaff } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import type { Messages } from '../../i18n/messages'
import type { Locale } from '../../i18n/config'
import { answerText, readOptions } from '../answers'
import { describeNote } from '../eligibility'
import { BOM, csvRow, type Cell } from '../../csv'
import { applicationRef, blindFileName, hiddenInBlindReview } from '../blind'
import { HIDDEN_FROM_REVIEWERS } from '../stages'
import { localOption, localText } from '../../i18n/local-text'
import { karachiIso } from '../../i18n/karachi-time'
import { answerFieldsSelect } from './selects'

const BATCH = 1000

export async function exportApplicationsCsv(
  viewer: Viewer,
  cycleId: string,
  i18n: { m: Messages; locale: Locale },
): Promise<{ filename: string; chunks: string[] }> {
  assertCan(viewer, 'review:write:assigned')
  const staff = isStaff(viewer)
  if (staff) assertCan(viewer, 'export:run')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: { number: true, blindReview: true, programme: { select: { slug: true } }, formFields: answerFieldsSelect },
  })
  if (!cycle) throw notFound()
  const { m, locale } = i18n
  const t = m.recruitment.export
  const hidePersonal = !staff && cycle.blindReview
  const fields = cycle.formFields
    .filter((f) => !(hidePersonal && hiddenInBlindReview(f)))
    .map((f) => ({ ...f, options: readOptions(f.options) }))
  const where: Prisma.ApplicationWhereInput = staff
    ? { cycleId, stage: { not: 'DRAFT' } }
    : {
        cycleId,
        stage: { notIn: [...HIDDEN_FROM_REVIEWERS] },
        reviews: { some: { reviewerId: viewer.userId, status: { not: 'RECUSED' } } },
      }
  // A reviewer who has nothing assigned in this cycle learns nothing about it.
  if (!staff && (await db.application.count({ where })) === 0) throw notFound()

  const identity = staff || !cycle.blindReview
  const head: Cell[] = [
    t.reference,
    ...(identity ? [m.common.name, m.common.email] : []),
    ...(staff ? [m.common.phone] : []),
    t.stage,
    t.submitted,
  ]
  if (staff)
    head.push(
      t.eligibility,
      t.eligibilityNotes,
      t.district,
      t.gender,
      t.scoreMean,
      t.scoreSpread,
      t.reviews,
      t.interviewScore,
      t.offer,
      // Staff-only tags (issue 16): never read for a reviewer's export.
      m.staffTools.board.tags,
    )
  else head.push(t.myStatus, t.myScore)
  head.push(...fields.map((f) => localText(locale, f.labelEn, f.labelUr)))
  const chunks = [BOM + csvRow(head)]

  const labelOf = (key: string, value: string) => {
    const o = fields.find((f) => f.key === key)?.options.find((x) => x.value === value)
    return o ? localOption(locale, o) : value
  }
  const when = (d: Date | null) => (d ? karachiIso(d).replace('T', ' ') : '')
  let cursor: string | undefined
  for (;;) {
    const batch = await db.application.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: {
        id: true,
        stage: true,
        submittedAt: true,
        answers: true,
        eligibility: true,
        eligibilityNotes: true,
        district: true,
        gender: true,
        scoreMean: true,
        scoreSpread: true,
        applicant: { select: { name: true, email: true, phone: true } },
        files: { select: { fieldKey: true, file: { select: { originalName: true } } } },
        reviews: { where: staff ? { status: 'SUBMITTED' } : { reviewerId: viewer.userId }, select: { status: true, weightedScore: true } },
        interviews: { where: { status: 'COMPLETED' }, select: { score: true } },
        offer: { select: { status: true } },
        staffTags: staff,
      },
    })
    if (!batch.length) break
    let out = ''
    for (const a of batch) {
      const answers = (a.answers ?? {}) as Record<string, unknown>
      const row: Cell[] = [
        applicationRef(a.id),
        ...(identity ? [a.applicant.name, a.applicant.email] : []),
        ...(staff ? [a.applicant.phone] : []),
        m.recruitment.stages[a.stage],
        when(a.submittedAt),
      ]
      if (staff) {
        const notes = a.eligibilityNotes
          .map((n) => describeNote(n, m.recruitment.eligibility.notes, locale, labelOf, m.common.genders))
          .join('; ')
        const iv = a.interviews.map((i) => i.score).filter((s): s is number => s !== null)
        row.push(
          m.recruitment.eligibility.statuses[a.eligibility],
          notes,
          a.district,
          a.gender ? m.common.genders[a.gender] : '',
          a.scoreMean,
          a.scoreSpread,
          a.reviews.length,
          iv.length ? Math.max(...iv) : null,
          a.offer ? m.recruitment.offerStatuses[a.offer.status] : '',
          (a.staffTags ?? []).join(' '),
        )
      } else {
        const mine = a.reviews[0]
        row.push(mine ? m.recruitment.reviewStatuses[mine.status] : '', mine?.weightedScore ?? null)
      }
      for (const f of fields) {
        if (f.type === 'FILE') {
          const file = a.files.find((x) => x.fieldKey === f.key)?.file
          row.push(!file ? '' : identity ? file.originalName : blindFileName(a.id, f.key, file.originalName))
        } else row.push(answerText(f, answers[f.key], locale))
      }
      out += csvRow(row)
    }
    chunks.push(out)
    cursor = batch[batch.length - 1].id
  }
  return { filename: `${cycle.programme.slug}-cycle-${cycle.number}-applications.csv`, chunks }
}
