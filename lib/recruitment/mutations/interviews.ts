// Staff schedule interviews (time, panel, mode and place) and record the scorecard. The
// applicant and each panelist are told; scheduling moves the application to Interview.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { can } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { ASSIGNABLE } from '../stages'
import { cycleNamesSelect } from '../access'
import { bothDates, modeWords, notices, queueNotice } from '../notify'
import { INTERVIEW_CRITERIA, type ScheduleInterviewInput, type ScorecardInput } from '../schema/interview'
import { REVIEWER_ROLES } from './assign-reviewers'

export async function scheduleInterview(viewer: Viewer, input: ScheduleInterviewInput) {
  const id = await write(viewer, permit('interview:manage'), async (tx, uow) => {
    if (input.scheduledAt.getTime() < Date.now())
      throw new AppError('INVALID', 'recruitment.interviewErrors.inPast', { scheduledAt: 'recruitment.interviewErrors.inPast' })
    const a = await tx.application.findUnique({
      where: { id: input.applicationId },
      select: { id: true, stage: true, applicant: { select: { id: true, name: true, email: true } }, cycle: { select: cycleNamesSelect } },
    })
    if (!a || a.stage === 'DRAFT') throw notFound()
    if (!ASSIGNABLE.includes(a.stage)) throw new AppError('CONFLICT', 'recruitment.interviewErrors.notSchedulable')
    const panelIds = [...new Set(input.panelistIds)]
    const panel = await tx.user.findMany({
      where: { id: { in: panelIds }, active: true, role: { in: REVIEWER_ROLES } },
      select: { id: true, name: true, email: true },
    })
    if (panel.length !== panelIds.length) throw new AppError('NOT_FOUND', 'errors.notFound', { panelistIds: 'errors.notFound' })
    const iv = await tx.interview.create({
      data: {
        applicationId: a.id,
        scheduledAt: input.scheduledAt,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        location: input.location ?? null,
        panel: { create: panel.map((p) => ({ userId: p.id })) },
      },
      select: { id: true },
    })
    if (a.stage !== 'INTERVIEW')
      await tx.application.update({ where: { id: a.id }, data: { stage: 'INTERVIEW', version: { increment: 1 } } })
    await uow.audit({ action: 'interview.schedule', entityType: 'Interview', entityId: iv.id, after: { ...input, fromStage: a.stage } })
    const when = bothDates(input.scheduledAt)
    for (const person of [a.applicant, ...panel]) {
      await queueNotice(
        tx,
        person,
        'recruitment.interview',
        notices.interview(a.cycle, person.name, when, modeWords[input.mode], input.location),
      )
    }
    return iv.id
  })
  return { id }
}

export async function recordScorecard(viewer: Viewer, input: ScorecardInput) {
  await write(viewer, permit('interview:manage', 'interview:panel'), async (tx, uow) => {
    // Staff record any scorecard; a panelist only on an interview they sit on, and cancelling
    // stays with staff (it emails the applicant).
    const manager = can(viewer, 'interview:manage')
    if (!manager && input.status === 'CANCELLED') throw new AppError('FORBIDDEN', 'errors.forbidden')
    const iv = await tx.interview.findFirst({
      where: { id: input.interviewId, ...(manager ? {} : { panel: { some: { userId: viewer.userId } } }) },
      select: {
        id: true,
        status: true,
        scheduledAt: true,
        application: { select: { applicant: { select: { id: true, name: true, email: true } }, cycle: { select: cycleNamesSelect } } },
      },
    })
    if (!iv) throw notFound()
    const completed = input.status === 'COMPLETED'
    const scorecard = completed ? Object.fromEntries(INTERVIEW_CRITERIA.map((k) => [k, input[k]!])) : undefined
    const values = scorecard ? Object.values(scorecard) : []
    const data = {
      status: input.status,
      scorecard,
      score: values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100 : null,
      recommendation: completed ? input.recommendation! : null,
      notes: input.notes ?? null,
    }
    // A cancelled booking gives its slot back to the open times.
    await updateVersioned(tx.interview, iv.id, input.version, input.status === 'CANCELLED' ? { ...data, slotId: null } : data)
    await uow.audit({
      action: `interview.${input.status.toLowerCase()}`,
      entityType: 'Interview',
      entityId: iv.id,
      before: { status: iv.status },
      after: data,
    })
    if (input.status === 'CANCELLED' && iv.status === 'SCHEDULED') {
      const p = iv.application.applicant
      await queueNotice(
        tx,
        p,
        'recruitment.interview-cancelled',
        notices.interviewCancelled(iv.application.cycle, p.name, bothDates(iv.scheduledAt)),
      )
    }
  })
}
