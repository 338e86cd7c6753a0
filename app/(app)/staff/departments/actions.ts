'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { archiveSchema } from '@/lib/programmes/schema'
import { createContactSchema, createDepartmentSchema, updateContactSchema, updateDepartmentSchema } from '@/lib/departments/schema'
import {
  createContact,
  createDepartment,
  setContactArchived,
  setDepartmentArchived,
  updateContact,
  updateDepartment,
} from '@/lib/departments/mutations'

export async function createDepartmentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let id = ''
  const res = await runAction(
    fd,
    createDepartmentSchema,
    async (viewer, input) => {
      id = (await createDepartment(viewer, input)).id
    },
    { permission: 'department:manage' },
  )
  if (res.ok) redirect(`/staff/departments/${id}`)
  return res
}

export async function updateDepartmentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateDepartmentSchema,
    async (viewer, input) => {
      await updateDepartment(viewer, input)
      revalidatePath(`/staff/departments/${input.id}`)
      return 'admin.departments.updated'
    },
    { permission: 'department:manage' },
  )
}

export async function archiveDepartmentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    archiveSchema,
    async (viewer, { id, archive }) => {
      await setDepartmentArchived(viewer, id, archive)
      revalidatePath(`/staff/departments/${id}`)
    },
    { permission: 'department:manage' },
  )
}

export async function createContactAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    createContactSchema,
    async (viewer, input) => {
      await createContact(viewer, input)
      revalidatePath(`/staff/departments/${input.departmentId}`)
      return 'admin.departments.contactSaved'
    },
    { permission: 'department:manage' },
  )
}

export async function updateContactAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateContactSchema,
    async (viewer, input) => {
      await updateContact(viewer, input)
      revalidatePath('/staff/departments', 'layout')
      return 'admin.departments.contactSaved'
    },
    { permission: 'department:manage' },
  )
}

export async function archiveContactAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    archiveSchema,
    async (viewer, { id, archive }) => {
      const { departmentId } = await setContactArchived(viewer, id, archive)
      revalidatePath(`/staff/departments/${departmentId}`)
    },
    { permission: 'department:manage' },
  )
}
