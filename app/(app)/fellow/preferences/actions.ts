'use server'
// The fellow's ranking of their cycle's projects.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { fellowPreferencesSchema } from '@/lib/placement/schema'
import { saveFellowPreferences } from '@/lib/placement/mutations/save-preferences'

export async function saveFellowPreferencesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    fellowPreferencesSchema,
    async (viewer, input) => {
      await saveFellowPreferences(viewer, input)
      revalidatePath('/fellow/preferences')
      return 'placement.fellow.saved'
    },
    { permission: 'preference:write:own' },
  )
}
