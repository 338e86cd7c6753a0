'use server'
// A fellow saves or submits their self or department evaluation.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { ownEvaluationSchema } from '@/lib/evaluations/schema'
import { saveEvaluation } from '@/lib/evaluations/mutations/save-evaluation'

export async function saveOwnEvaluationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    ownEvaluationSchema,
    async (viewer, input) => {
      const { roundId, direction, version, intent, ...raw } = input
      await saveEvaluation(viewer, { roundId, direction, version, intent, raw })
      revalidatePath('/fellow/evaluations', 'layout')
      return intent === 'submit' ? 'evaluations.form.submitted' : 'evaluations.form.draftSaved'
    },
    { permission: 'evaluation:write:own' },
  )
}
