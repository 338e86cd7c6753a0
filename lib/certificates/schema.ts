// Certificate forms: issue one (with a reason when the programme's conditions are not met),
// issue every eligible fellow of a cycle at once, and revoke one with a reason.
import { z } from 'zod'
import { optionalText, text, uuid, version } from '../validation'

export const issueCertificateSchema = z.object({
  fellowshipId: uuid(),
  overrideReason: optionalText(500),
})
export type IssueCertificateInput = z.infer<typeof issueCertificateSchema>

export const issueAllSchema = z.object({ cycleId: uuid() })
export type IssueAllInput = z.infer<typeof issueAllSchema>

export const revokeCertificateSchema = z.object({
  certificateId: uuid(),
  version: version(),
  reason: text(500),
})
export type RevokeCertificateInput = z.infer<typeof revokeCertificateSchema>
