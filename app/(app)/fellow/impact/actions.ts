'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { recordValueSchema } from '@/lib/metrics/schema'
import { recordMetricValue } from '@/lib/metrics/mutations'

export async function recordValueAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    recordValueSchema,
    async (viewer, input) => {
      await recordMetricValue(viewer, input)
      revalidatePath('/fellow/impact')
      return 'deliverables.metrics.logged'
    },
    { permission: 'metric:record:own' },
  )
}
