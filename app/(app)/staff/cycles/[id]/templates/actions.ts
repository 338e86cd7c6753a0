'use server'
// A cycle's standard deliverables and metrics: add, remove, and give approved projects what
// they are missing.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { getLocale, getMessages } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { cycleTemplatesSchema, deliverableTemplateSchema, metricTemplateSchema, removeTemplateSchema } from '@/lib/cycles/templates/schema'
import { addDeliverableTemplate, addMetricTemplate, applyTemplatesToProjects, removeTemplate } from '@/lib/cycles/templates/mutations'

export async function addDeliverableTemplateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    deliverableTemplateSchema,
    async (viewer, input) => {
      await addDeliverableTemplate(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/templates`)
      return 'staffTools.templates.added'
    },
    { permission: 'cycle:manage' },
  )
}

export async function addMetricTemplateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    metricTemplateSchema,
    async (viewer, input) => {
      await addMetricTemplate(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/templates`)
      return 'staffTools.templates.added'
    },
    { permission: 'cycle:manage' },
  )
}

export async function removeTemplateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    removeTemplateSchema,
    async (viewer, input) => {
      await removeTemplate(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/templates`)
      return 'staffTools.templates.removed'
    },
    { permission: 'cycle:manage' },
  )
}

export async function applyTemplatesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    cycleTemplatesSchema,
    async (viewer, input) => {
      const r = await applyTemplatesToProjects(viewer, input.cycleId)
      revalidatePath('/staff/cycles', 'layout')
      return { message: format((await getMessages()).staffTools.templates.applied, r, await getLocale()) }
    },
    { permission: 'cycle:manage' },
  )
}
