// Issue 13: reviewers who sit on an interview panel can open and score that interview, and
// only that one; the applicant sees its time and place.
import { describe, expect, it } from 'vitest'
import { makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { makeApplication, makeOpenCall } from '../../../tests/support/factories-recruitment'
import { recordScorecard, scheduleInterview } from '../mutations/interviews'
import { scorecardSchema } from '../schema/interview'
import { getMyApplication } from './applicant'
import { getPanelInterview, listMyPanelInterviews } from './panel'

const inDays = (n: number) => new Date(Date.now() + n * 24 * 3600_000)

describe('interview panels', () => {
  it('lets a panelist open and score the interview they sit on, and nobody else’s', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const other = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const panelist = viewerOf(await makeUser('REVIEWER'))
    const outsider = viewerOf(await makeUser('REVIEWER'))
    const { id } = await scheduleInterview(staff, {
      applicationId: app.id,
      scheduledAt: inDays(3),
      durationMinutes: 45,
      mode: 'VIDEO',
      location: 'https://meet.example.pk/abc',
      panelistIds: [panelist.userId],
    })
    const { id: notMine } = await scheduleInterview(staff, {
      applicationId: other.app.id,
      scheduledAt: inDays(4),
      durationMinutes: 30,
      mode: 'PHONE',
      panelistIds: [outsider.userId],
    })

    expect((await listMyPanelInterviews(panelist)).map((i) => i.id)).toEqual([id])
    const iv = await getPanelInterview(panelist, id)
    expect(iv).toMatchObject({
      location: 'https://meet.example.pk/abc',
      durationMinutes: 45,
      application: { applicant: { name: applicant.name } },
    })
    await expect(getPanelInterview(panelist, notMine)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const card = (interviewId: string, status = 'COMPLETED') =>
      scorecardSchema.parse({
        interviewId,
        version: '0',
        status,
        communication: '4',
        problemSolving: '5',
        motivation: '4',
        publicServiceFit: '3',
        recommendation: 'YES',
      })
    await expect(recordScorecard(panelist, card(notMine))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      recordScorecard(panelist, scorecardSchema.parse({ interviewId: id, version: '0', status: 'CANCELLED' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await recordScorecard(panelist, card(id))
    expect(await getPanelInterview(panelist, id)).toMatchObject({
      status: 'COMPLETED',
      recommendation: 'YES',
      scorecard: { communication: 4 },
    })
    await expect(listMyPanelInterviews(viewerOf(applicant))).rejects.toMatchObject({ code: 'FORBIDDEN' })

    // The applicant's page has the interview's time and place.
    const mine = await getMyApplication(viewerOf(applicant), app.id)
    expect(mine.interviews[0]).toMatchObject({ durationMinutes: 45, mode: 'VIDEO', location: 'https://meet.example.pk/abc' })
  })
})
