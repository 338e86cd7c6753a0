'use server'
// Staff's stipends: set a cycle's stipend, generate a month's batch, generate it again, approve
// it (a different staff member from the preparer), and mark its lines paid or failed.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { format } from '@/lib/i18n/define'
import { getI18n } from '@/lib/i18n/server'
import { batchStepSchema, generateBatchSchema, savePolicySchema, settleAllSchema, settleLineSchema } from '@/lib/stipends/schema'
import { saveStipendPolicy } from '@/lib/stipends/mutations/setup'
import { approveBatch, generateBatch, regenerateBatch } from '@/lib/stipends/mutations/batches'
import { settleAllPaid, settleLine } from '@/lib/stipends/mutations/settle'

const refresh = () => revalidatePath('/staff/cycles', 'layout')

export async function savePolicyAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    savePolicySchema,
    async (viewer, input) => {
      await saveStipendPolicy(viewer, input)
      refresh()
      return 'stipends.staff.policySaved'
    },
    { permission: 'stipend:configure' },
  )
}

export async function generateBatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let to: string | null = null
  const res = await runAction(
    fd,
    generateBatchSchema,
    async (viewer, input) => {
      const b = await generateBatch(viewer, input)
      refresh()
      to = `/staff/cycles/${input.cycleId}/stipends/${b.id}`
      return 'stipends.staff.generated'
    },
    { permission: 'payment:prepare' },
  )
  if (res.ok && to) redirect(to)
  return res
}

export async function regenerateBatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    batchStepSchema,
    async (viewer, input) => {
      await regenerateBatch(viewer, input)
      refresh()
      return 'stipends.batch.regenerated'
    },
    { permission: 'payment:prepare' },
  )
}

export async function approveBatchAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    batchStepSchema,
    async (viewer, input) => {
      await approveBatch(viewer, input)
      refresh()
      return 'stipends.batch.approved_'
    },
    { permission: 'payment:approve' },
  )
}

export async function settleLineAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    settleLineSchema,
    async (viewer, input) => {
      await settleLine(viewer, input)
      refresh()
      return input.outcome === 'PAID' ? 'stipends.batch.markedPaid' : 'stipends.batch.markedFailed'
    },
    { permission: 'payment:prepare' },
  )
}

export async function settleAllAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    settleAllSchema,
    async (viewer, input) => {
      const count = await settleAllPaid(viewer, input)
      refresh()
      const { m, locale } = await getI18n()
      return { message: format(m.stipends.batch.allPaidDone, { count }, locale) }
    },
    { permission: 'payment:prepare' },
  )
}
