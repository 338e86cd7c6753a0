'use server'
// Staff's certificates of a cycle: issue one (with a reason when the conditions are not met),
// issue every eligible fellow at once, and revoke one with a reason.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { format } from '@/lib/i18n/define'
import { getI18n } from '@/lib/i18n/server'
import { issueAllSchema, issueCertificateSchema, revokeCertificateSchema } from '@/lib/certificates/schema'
import { issueAllEligible, issueCertificate, revokeCertificate } from '@/lib/certificates/mutations'

const refresh = () => {
  revalidatePath('/staff/cycles', 'layout')
  revalidatePath('/fellow', 'layout')
}

export async function issueCertificateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    issueCertificateSchema,
    async (viewer, input) => {
      await issueCertificate(viewer, input)
      refresh()
      return 'certificates.staff.issued'
    },
    { permission: 'certificate:manage' },
  )
}

export async function issueAllCertificatesAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    issueAllSchema,
    async (viewer, input) => {
      const count = await issueAllEligible(viewer, input)
      refresh()
      const { m, locale } = await getI18n()
      return { message: format(m.certificates.staff.issuedAll, { count }, locale) }
    },
    { permission: 'certificate:manage' },
  )
}

export async function revokeCertificateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    revokeCertificateSchema,
    async (viewer, input) => {
      await revokeCertificate(viewer, input)
      refresh()
      return 'certificates.staff.revoked'
    },
    { permission: 'certificate:manage' },
  )
}
