'use server'
// A fellow's bank details, for their stipend.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { saveBankAccountSchema } from '@/lib/stipends/schema'
import { saveBankAccount } from '@/lib/stipends/mutations/setup'

export async function saveBankAccountAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    saveBankAccountSchema,
    async (viewer, input) => {
      await saveBankAccount(viewer, input)
      revalidatePath('/fellow/payments')
      return 'stipends.fellow.bankSaved'
    },
    { permission: 'bank:write:own' },
  )
}
