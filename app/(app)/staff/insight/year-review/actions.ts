'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { publishYearReviewSchema, saveYearReviewSchema } from '@/lib/insight/year-review/schema'
import { saveYearReview, setYearReviewPublished } from '@/lib/insight/year-review/mutations'

function refresh(year: number) {
  revalidatePath(`/staff/insight/year-review/${year}`)
  revalidatePath('/staff/insight/year-review')
  revalidatePath(`/reports/${year}`)
  revalidatePath('/reports')
}

export async function saveYearReviewAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    saveYearReviewSchema,
    async (viewer, input) => {
      await saveYearReview(viewer, input)
      refresh(input.year)
      return 'yearReview.edit.saved'
    },
    { permission: 'report:manage' },
  )
}

/** Publishes (from the confirmation listing who is emailed) or withdraws; the page says which. */
export async function publishYearReviewAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    publishYearReviewSchema,
    async (viewer, input) => {
      await setYearReviewPublished(viewer, input)
      refresh(input.year)
      target = `/staff/insight/year-review/${input.year}?done=${input.publish}#publish`
    },
    { permission: 'report:manage' },
  )
  if (res.ok && target) redirect(target)
  return res
}
