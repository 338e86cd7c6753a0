'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { alumniProfileSchema } from '@/lib/insight/alumni/schema'
import { saveAlumniProfile } from '@/lib/insight/alumni/mutations'

export async function saveAlumniProfileAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    alumniProfileSchema,
    async (viewer, input) => {
      await saveAlumniProfile(viewer, input)
      revalidatePath('/fellow/profile')
      return 'alumni.profile.saved'
    },
    { permission: 'alumni:write:own' },
  )
}
