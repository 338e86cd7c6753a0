'use server'
// Actions for interviews (scheduling, scorecards) and offers.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { extendOfferSchema, offerRefSchema, scheduleInterviewSchema, scorecardSchema } from '@/lib/recruitment/schema/interview'
import { recordScorecard, scheduleInterview } from '@/lib/recruitment/mutations/interviews'
import { extendOffer, withdrawOffer } from '@/lib/recruitment/mutations/offers'

export async function scheduleInterviewAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    scheduleInterviewSchema,
    async (viewer, input) => {
      await scheduleInterview(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.scheduled'
    },
    { permission: 'interview:manage' },
  )
}

export async function scorecardAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    scorecardSchema,
    async (viewer, input) => {
      await recordScorecard(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.scorecardSaved'
    },
    { permission: 'interview:manage' },
  )
}

export async function extendOfferAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    extendOfferSchema,
    async (viewer, input) => {
      await extendOffer(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.offered'
    },
    { permission: 'offer:manage' },
  )
}

export async function withdrawOfferAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    offerRefSchema,
    async (viewer, input) => {
      await withdrawOffer(viewer, input.applicationId)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.offerWithdrawn'
    },
    { permission: 'offer:manage' },
  )
}
