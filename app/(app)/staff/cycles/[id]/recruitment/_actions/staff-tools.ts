'use server'
// Staff-only notes and tags on an application, and one applicant's own deadline.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { addNoteSchema, grantExtensionSchema, revokeExtensionSchema, tagSchema } from '@/lib/recruitment/schema/staff-tools'
import { addNote, addTag, removeTag } from '@/lib/recruitment/mutations/staff-notes'
import { grantExtension, revokeExtension } from '@/lib/recruitment/mutations/deadline-extension'

export async function addNoteAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addNoteSchema,
    async (viewer, input) => {
      await addNote(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'staffTools.notes.added'
    },
    { permission: 'application:manage' },
  )
}

export async function addTagAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    tagSchema,
    async (viewer, input) => {
      await addTag(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'staffTools.tags.added'
    },
    { permission: 'application:manage' },
  )
}

export async function removeTagAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    tagSchema,
    async (viewer, input) => {
      await removeTag(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'staffTools.tags.removed'
    },
    { permission: 'application:manage' },
  )
}

export async function grantExtensionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    grantExtensionSchema,
    async (viewer, input) => {
      await grantExtension(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'staffTools.extension.granted'
    },
    { permission: 'application:manage' },
  )
}

export async function revokeExtensionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    revokeExtensionSchema,
    async (viewer, input) => {
      await revokeExtension(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'staffTools.extension.revoked'
    },
    { permission: 'application:manage' },
  )
}
