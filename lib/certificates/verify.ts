// The public check of a certificate by its code: anyone, signed in or not. It shows only what
// the certificate certifies (the name, programme, cycle, dates) and whether it stands: never an
// email, a CNIC, a reason for revoking, or anything else of the person. Lookups are limited per
// address (the RateLimit table, decision 009): a lookup is counted before its outcome is known
// and forgiven when the code exists, so only wrong guesses use up the window.
import 'server-only'
import { getDb } from '../server/db'
import { forgive, hit } from '../server/rate-limit'
import { normaliseCode } from './code'

export const VERIFY_LIMIT = { wrongPerIp: 20, windowMs: 15 * 60_000 }

export type Verification =
  | { state: 'limited' }
  | { state: 'unknown' }
  | {
      state: 'found'
      certificate: {
        code: string
        recipientName: string
        programmeName: string
        programmeNameUr: string | null
        cycleName: string
        cycleNameUr: string | null
        startDate: Date | null
        endDate: Date | null
        issuedAt: Date
        revokedAt: Date | null
      }
    }

export async function verifyCertificate(typed: string, ip: string | null, now = new Date()): Promise<Verification> {
  const key = `verify:ip:${ip ?? 'unknown'}`
  if (!(await hit(key, VERIFY_LIMIT.wrongPerIp, VERIFY_LIMIT.windowMs, now))) return { state: 'limited' }
  const code = normaliseCode(typed)
  if (!code) return { state: 'unknown' }
  const db = await getDb()
  const certificate = await db.certificate.findUnique({
    where: { code },
    select: {
      code: true,
      recipientName: true,
      programmeName: true,
      programmeNameUr: true,
      cycleName: true,
      cycleNameUr: true,
      startDate: true,
      endDate: true,
      issuedAt: true,
      revokedAt: true,
    },
  })
  if (!certificate) return { state: 'unknown' }
  await forgive(key, now)
  return { state: 'found', certificate }
}
