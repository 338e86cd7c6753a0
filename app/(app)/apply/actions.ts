'use server'
// The applicant's actions: save or submit an application, withdraw it, answer an offer,
// and ask for a new verification link.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { runAction, type ActionState } from '@/lib/request/action'
import { applicationFormSchema, withdrawSchema } from '@/lib/recruitment/schema/application'
import { respondOfferSchema } from '@/lib/recruitment/schema/interview'
import { saveApplication } from '@/lib/recruitment/mutations/save-application'
import { resendVerification, withdrawApplication } from '@/lib/recruitment/mutations/withdraw-application'
import { respondToOffer } from '@/lib/recruitment/mutations/respond-offer'

export async function saveApplicationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let submittedId = ''
  const res = await runAction(
    fd,
    applicationFormSchema,
    async (viewer, input) => {
      const { cycleId, intent, version, ...raw } = input
      const { id } = await saveApplication(viewer, { cycleId, intent, version, raw })
      revalidatePath('/apply', 'layout')
      if (intent === 'submit') submittedId = id
      return 'recruitment.apply.draftSaved'
    },
    { permission: 'application:write:own' },
  )
  if (res.ok && submittedId) redirect(`/apply/applications/${submittedId}`)
  return res
}

export async function withdrawAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    withdrawSchema,
    async (viewer, input) => {
      await withdrawApplication(viewer, input)
      revalidatePath('/apply', 'layout')
      return 'recruitment.apply.withdrawn'
    },
    { permission: 'application:write:own' },
  )
}

export async function respondOfferAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    respondOfferSchema,
    async (viewer, input) => {
      await respondToOffer(viewer, input)
      revalidatePath('/apply', 'layout')
      return input.decision === 'ACCEPT' ? 'recruitment.apply.accepted' : 'recruitment.apply.declined'
    },
    { permission: 'offer:respond:own' },
  )
}

export async function resendVerificationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    z.object({ next: z.string().max(300).optional() }),
    async (viewer, input) => {
      await resendVerification(viewer, input.next)
      return 'recruitment.apply.resent'
    },
    { permission: 'application:write:own' },
  )
}
