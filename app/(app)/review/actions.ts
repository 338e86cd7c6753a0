'use server'
// Reviewer actions: save or submit scores, declare a conflict of interest.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { conflictSchema, reviewFormSchema } from '@/lib/recruitment/schema/review'
import { declareConflict, saveReview } from '@/lib/recruitment/mutations/save-review'
import { scorecardSchema } from '@/lib/recruitment/schema/interview'
import { recordScorecard } from '@/lib/recruitment/mutations/interviews'

export async function saveReviewAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    reviewFormSchema,
    async (viewer, input) => {
      const { reviewId, version, intent, ...raw } = input
      await saveReview(viewer, { reviewId, version, intent, raw })
      revalidatePath('/review', 'layout')
      return intent === 'submit' ? 'recruitment.reviewer.submitted' : 'recruitment.reviewer.draftSaved'
    },
    { permission: 'review:write:assigned' },
  )
}

export async function declareConflictAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    conflictSchema,
    async (viewer, input) => {
      await declareConflict(viewer, input)
      revalidatePath('/review', 'layout')
      return 'recruitment.reviewer.recusedDone'
    },
    { permission: 'review:write:assigned' },
  )
}

/** A panelist records the scorecard of an interview they sit on (the domain checks the panel). */
export async function panelScorecardAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    scorecardSchema,
    async (viewer, input) => {
      await recordScorecard(viewer, input)
      revalidatePath('/review', 'layout')
      return 'recruitment.reviewer.panelSaved'
    },
    { permission: 'interview:panel' },
  )
}
