'use server'
// Actions of the call configuration page: settings, questions, eligibility rules, rubric.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import {
  callSettingsSchema,
  criterionRefSchema,
  criterionSchema,
  fieldRefSchema,
  formFieldSchema,
  moveFieldSchema,
  rulesFormSchema,
} from '@/lib/recruitment/schema/call'
import { saveEligibilityRules, updateCallSettings } from '@/lib/recruitment/mutations/configure-call'
import { moveFormField, removeFormField, saveFormField } from '@/lib/recruitment/mutations/form-fields'
import { removeCriterion, saveCriterion } from '@/lib/recruitment/mutations/rubric'

const refresh = (cycleId: string) => revalidatePath(`/staff/cycles/${cycleId}/recruitment`, 'layout')

export async function saveCallSettingsAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    callSettingsSchema,
    async (viewer, input) => {
      await updateCallSettings(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.saved'
    },
    { permission: 'call:configure' },
  )
}

export async function saveFormFieldAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    formFieldSchema,
    async (viewer, input) => {
      await saveFormField(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.questionSaved'
    },
    { permission: 'call:configure' },
  )
}

export async function removeFormFieldAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    fieldRefSchema,
    async (viewer, input) => {
      await removeFormField(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.questionRemoved'
    },
    { permission: 'call:configure' },
  )
}

export async function moveFormFieldAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    moveFieldSchema,
    async (viewer, input) => {
      await moveFormField(viewer, input)
      refresh(input.cycleId)
    },
    { permission: 'call:configure' },
  )
}

export async function saveRulesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    rulesFormSchema,
    async (viewer, input) => {
      await saveEligibilityRules(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.rulesSaved'
    },
    { permission: 'call:configure' },
  )
}

export async function saveCriterionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    criterionSchema,
    async (viewer, input) => {
      await saveCriterion(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.criterionSaved'
    },
    { permission: 'call:configure' },
  )
}

export async function removeCriterionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    criterionRefSchema,
    async (viewer, input) => {
      await removeCriterion(viewer, input)
      refresh(input.cycleId)
      return 'recruitment.call.criterionRemoved'
    },
    { permission: 'call:configure' },
  )
}
