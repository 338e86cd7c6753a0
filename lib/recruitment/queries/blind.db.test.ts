// Blind review hides what names the applicant, not only the questions marked personal (issue
// 12, finding 6): a link answer (github.example/zakir-rehman) is hidden from reviewers on the
// review page and in their export, and staff are warned in the form editor about questions
// whose answers carry names, email addresses or links.
import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeUser, makeViewer } from '../../../tests/support/factories'
import { makeApplication, makeOpenCall, makeReview } from '../../../tests/support/factories-recruitment'
import { dictionaries } from '../../i18n/messages'
import { getReviewForReviewer } from './reviews'
import { exportApplicationsCsv } from './export'
import { getApplicationForStaff } from './application'
import { getCallConfig } from './call'

const i18n = { m: dictionaries.en, locale: 'en' as const }
const csv = async (...args: Parameters<typeof exportApplicationsCsv>) => (await exportApplicationsCsv(...args)).chunks.join('')

async function cycleWithLinkQuestion(blindReview: boolean) {
  const { cycle } = await makeOpenCall({ blindReview })
  const db = await getDb()
  await db.formField.createMany({
    data: [
      {
        cycleId: cycle.id,
        key: 'portfolio',
        type: 'URL',
        labelEn: 'Portfolio or GitHub link',
        labelUr: 'پورٹ فولیو یا گٹ ہب لنک',
        position: 20,
      },
      { cycleId: cycle.id, key: 'employer', type: 'SHORT_TEXT', labelEn: 'Current employer', labelUr: 'موجودہ ادارہ', position: 21 },
    ],
  })
  const applicant = await makeUser('APPLICANT', { name: 'Zakir Rehman' })
  const { app } = await makeApplication(cycle.id, {
    stage: 'REVIEW',
    applicantId: applicant.id,
    answers: {
      fullName: 'Zakir Rehman',
      motivation: 'I built a stock tracker for a clinic in Swat.',
      gender: 'MALE',
      district: 'Swat',
      portfolio: 'https://github.example/zakir-rehman',
      employer: 'Rehman Software House',
    },
  })
  const reviewer = await makeViewer('REVIEWER')
  const review = await makeReview(app.id, reviewer.userId)
  return { cycle, app, reviewer, review }
}

describe('blind review and answers that name the applicant', () => {
  it('hides link answers from reviewers of a blind cycle, on the page and in their export; staff still see them', async () => {
    const { cycle, app, reviewer, review } = await cycleWithLinkQuestion(true)
    const view = await getReviewForReviewer(reviewer, review.id)
    expect(view.cycle.fields.map((f) => f.key)).not.toContain('portfolio')
    expect(JSON.stringify(view)).not.toContain('zakir-rehman')
    expect(await csv(reviewer, cycle.id, i18n)).not.toContain('zakir-rehman')

    const staff = await makeViewer('STAFF')
    expect(await csv(staff, cycle.id, i18n)).toContain('https://github.example/zakir-rehman')
    // The staff page marks the link as hidden from reviewers, like a personal question.
    const a = await getApplicationForStaff(staff, app.id)
    expect(a.cycle.formFields.find((f) => f.key === 'portfolio')).toMatchObject({ personal: true })
  })

  it('shows link answers to reviewers when the cycle is not blind', async () => {
    const { cycle, reviewer, review } = await cycleWithLinkQuestion(false)
    expect(JSON.stringify(await getReviewForReviewer(reviewer, review.id))).toContain('https://github.example/zakir-rehman')
    expect(await csv(reviewer, cycle.id, i18n)).toContain('zakir-rehman')
  })

  it('warns staff about visible questions whose answers carry the applicant’s name, an email address or a link', async () => {
    const { cycle } = await cycleWithLinkQuestion(true)
    await makeApplication(cycle.id, {
      answers: {
        fullName: 'Hira Bibi',
        motivation: 'Write to me at hira.b@mail.example any time.',
        employer: 'Provincial Health Services',
      },
    })
    await makeApplication(cycle.id, {
      answers: { fullName: 'Sana Gul', motivation: 'See my work at kp-maps.example/sana for the flood maps.', employer: 'None yet' },
    })
    const config = await getCallConfig(await makeViewer('STAFF'), cycle.id)
    // "Rehman Software House" (the applicant's name), an email address, a link. The URL
    // question is hidden anyway, and personal questions (fullName) need no warning.
    expect(config.identifyingAnswers).toEqual({ employer: 1, motivation: 2 })
  })
})
