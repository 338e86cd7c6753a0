'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { archiveSchema, createProgrammeSchema, updateProgrammeSchema } from '@/lib/programmes/schema'
import { createProgramme, setProgrammeArchived, updateProgramme } from '@/lib/programmes/mutations'

export async function createProgrammeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let id = ''
  const res = await runAction(
    fd,
    createProgrammeSchema,
    async (viewer, input) => {
      id = (await createProgramme(viewer, input)).id
    },
    { permission: 'programme:manage' },
  )
  if (res.ok) redirect(`/staff/programmes/${id}`)
  return res
}

export async function updateProgrammeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateProgrammeSchema,
    async (viewer, input) => {
      await updateProgramme(viewer, input)
      revalidatePath(`/staff/programmes/${input.id}`)
      return 'admin.programmes.updated'
    },
    { permission: 'programme:manage' },
  )
}

export async function archiveProgrammeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    archiveSchema,
    async (viewer, { id, archive }) => {
      await setProgrammeArchived(viewer, id, archive)
      revalidatePath(`/staff/programmes/${id}`)
      revalidatePath('/staff/programmes')
    },
    { permission: 'programme:manage' },
  )
}
