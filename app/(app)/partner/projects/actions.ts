'use server'
// Partner actions: propose and edit projects, answer the fellows who ranked them.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { createProjectSchema, partnerPreferencesSchema, updateProjectSchema } from '@/lib/placement/schema'
import { createProject, updateProject } from '@/lib/placement/mutations/save-project'
import { savePartnerPreferences } from '@/lib/placement/mutations/save-preferences'

export async function createProjectAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let id = ''
  const res = await runAction(
    fd,
    createProjectSchema,
    async (viewer, input) => {
      id = (await createProject(viewer, input)).id
      revalidatePath('/partner/projects')
    },
    { permission: 'project:propose' },
  )
  if (res.ok) redirect(`/partner/projects/${id}`)
  return res
}

export async function updateProjectAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateProjectSchema,
    async (viewer, input) => {
      await updateProject(viewer, input)
      revalidatePath('/partner/projects', 'layout')
      return input.intent === 'submit' ? 'placement.partner.submitted' : 'placement.partner.savedDraft'
    },
    { permission: 'project:propose' },
  )
}

export async function savePartnerPreferencesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    partnerPreferencesSchema,
    async (viewer, input) => {
      await savePartnerPreferences(viewer, input)
      revalidatePath(`/partner/projects/${input.projectId}`)
      return 'placement.partner.prefsSaved'
    },
    { permission: 'partner-preference:write' },
  )
}
