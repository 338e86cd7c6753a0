'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { getLocale, getMessages } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { reviewUpdateSchema, sendRemindersSchema } from '@/lib/progress/schema'
import { sendCycleReminders } from '@/lib/progress/mutations/send-reminders'
import { markUpdateReviewed } from '@/lib/progress/mutations/correct-update'
import { createDeliverableSchema, updateDeliverableSchema } from '@/lib/deliverables/schema'
import { createDeliverable, updateDeliverable } from '@/lib/deliverables/mutations/define-deliverable'
import { defineMetricSchema } from '@/lib/metrics/schema'
import { defineMetric } from '@/lib/metrics/mutations'
import { addCommentSchema } from '@/lib/comments/schema'
import { addComment } from '@/lib/comments/comments'

/** The confirmed send: only the department shown and the fellows listed on the confirmation. */
export async function sendRemindersAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let sent: { fellows: number; periods: number; to: string } | undefined
  const res = await runAction(
    fd,
    sendRemindersSchema,
    async (viewer, input) => {
      const run = await sendCycleReminders(viewer, input.cycleId, new Date(), {
        departmentId: input.departmentId,
        fellowshipIds: input.fellowshipIds,
      })
      revalidatePath(`/staff/cycles/${input.cycleId}/progress`)
      const q = new URLSearchParams({
        ...(input.departmentId ? { department: input.departmentId } : {}),
        sent: String(run.fellows),
        periods: String(run.periods),
      })
      sent = { ...run, to: `/staff/cycles/${input.cycleId}/progress?${q}#reminders` }
      const t = (await getMessages()).progress.compliance
      return { message: run.periods ? format(t.remindersSent, { ...run }, await getLocale()) : t.remindersNone }
    },
    { permission: 'reminder:send' },
  )
  if (res.ok && sent) redirect(sent.to)
  return res
}

export async function createDeliverableAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    createDeliverableSchema,
    async (viewer, input) => {
      await createDeliverable(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'deliverables.staff.saved'
    },
    { permission: 'deliverable:define' },
  )
}

export async function updateDeliverableAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateDeliverableSchema,
    async (viewer, input) => {
      await updateDeliverable(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'deliverables.staff.saved'
    },
    { permission: 'deliverable:define' },
  )
}

export async function defineMetricAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    defineMetricSchema,
    async (viewer, input) => {
      await defineMetric(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'deliverables.metrics.added'
    },
    { permission: 'metric:define' },
  )
}

export async function addStaffCommentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addCommentSchema,
    async (viewer, input) => {
      await addComment(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'deliverables.comments.posted'
    },
    { permission: 'comment:write:any' },
  )
}

/** Staff mark an update reviewed: from then on its fellow can no longer correct it. */
export async function markUpdateReviewedAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    reviewUpdateSchema,
    async (viewer, input) => {
      await markUpdateReviewed(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'progress.updates.markedReviewed'
    },
    { permission: 'update:review' },
  )
}
