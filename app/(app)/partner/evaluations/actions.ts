'use server'
// A department's supervisor saves or submits their evaluation of one of its fellows.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { supervisorEvaluationSchema } from '@/lib/evaluations/schema'
import { saveEvaluation } from '@/lib/evaluations/mutations/save-evaluation'

export async function saveSupervisorEvaluationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    supervisorEvaluationSchema,
    async (viewer, input) => {
      const { roundId, fellowshipId, version, intent, ...raw } = input
      await saveEvaluation(viewer, { roundId, fellowshipId, direction: 'SUPERVISOR', version, intent, raw })
      revalidatePath('/partner/evaluations', 'layout')
      return intent === 'submit' ? 'evaluations.form.submitted' : 'evaluations.form.draftSaved'
    },
    { permission: 'evaluation:write:department' },
  )
}
