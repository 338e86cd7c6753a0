// Applicants create their own account; the emailed link verifies the address.
//
// The answer is the same whether or not the email already has an account, so sign-up cannot
// be used to find out who has one: a new address gets the confirmation link, an existing
// account's owner gets a note that someone tried, with the ways to sign in. The request itself
// only counts the attempt; hashing the password, the account, the mail and its delivery all
// come after the response (lib/server/after-response.ts), so its time says nothing either,
// even with a slow mail server. The mails carry no text from the form
// (not even the name), and they are limited per email and per client address, so the form
// cannot be used to send strangers mail of someone else's choosing.
import 'server-only'
import { getDb } from '../server/db'
import { AppError } from '../server/errors'
import { appUrl } from '../server/mailer'
import { write } from '../server/unit-of-work'
import { afterResponse } from '../server/after-response'
import { hit } from '../server/rate-limit'
import { mailTemplates } from '../notifications/templates'
import { hashPassword } from './password'
import { withoutSignIn } from './permit'
import { newToken, TOKEN_TTL_MS } from './tokens'

const HOUR = 60 * 60_000
export const SIGN_UP_LIMIT = { perEmail: 3, perIp: 10, windowMs: HOUR }

/** Resolves the same way for a new email and one with an account (the caller says "check your email"). */
export async function signUpApplicant(input: { name: string; email: string; password: string }, next?: string, ip: string | null = null) {
  const email = input.email.trim().toLowerCase()
  if (
    !(await hit(`signup:email:${email}`, SIGN_UP_LIMIT.perEmail, SIGN_UP_LIMIT.windowMs)) ||
    (ip && !(await hit(`signup:ip:${ip}`, SIGN_UP_LIMIT.perIp, SIGN_UP_LIMIT.windowMs)))
  ) {
    throw new AppError('RATE_LIMITED', 'errors.rateLimited')
  }
  afterResponse('sign-up', () => createApplicant({ ...input, email }, next))
}

async function createApplicant(input: { name: string; email: string; password: string }, next: string | undefined) {
  const { email } = input
  const db = await getDb()
  const passwordHash = await hashPassword(input.password)
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, active: true } })
  if (existing) return tellOwner(existing)
  try {
    // Anyone may ask for an applicant's account; the address is confirmed by the emailed link.
    await write(
      null,
      withoutSignIn('sign-up'),
      async (tx, uow) => {
        const u = await tx.user.create({ data: { email, name: input.name, passwordHash, role: 'APPLICANT' } })
        const { token, tokenHash } = newToken()
        await tx.authToken.create({
          data: { userId: u.id, purpose: 'EMAIL_VERIFY', tokenHash, expiresAt: new Date(Date.now() + TOKEN_TTL_MS.EMAIL_VERIFY) },
        })
        const path = `/verify-email?token=${token}${next ? `&next=${encodeURIComponent(next)}` : ''}`
        await uow.mail({ to: u.email, userId: u.id, kind: 'auth.verify-email', ...mailTemplates.verifyEmail({ url: appUrl(path) }) })
        await uow.audit({
          actorId: u.id,
          action: 'user.sign-up',
          entityType: 'User',
          entityId: u.id,
          after: { email: u.email, role: u.role },
        })
      },
      { unique: () => new AppError('DUPLICATE', 'errors.emailTaken') },
    )
  } catch (e) {
    // Someone signed up with this email a moment ago: it has an account now.
    if (e instanceof AppError && e.code === 'DUPLICATE') {
      const u = await db.user.findUnique({ where: { email }, select: { id: true, active: true } })
      if (u) return tellOwner(u)
    }
    throw e
  }
}

/** The account's owner learns that someone tried, and how to get in; nothing changes. */
async function tellOwner(u: { id: string; active: boolean }) {
  if (!u.active) return
  const db = await getDb()
  const owner = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { email: true } })
  const t = mailTemplates.signUpExisting({ signInUrl: appUrl('/sign-in'), resetUrl: appUrl('/forgot-password') })
  await write(null, withoutSignIn('own-address'), (_tx, uow) =>
    uow.mail({ to: owner.email, userId: u.id, kind: 'auth.sign-up-existing', ...t }),
  )
}
