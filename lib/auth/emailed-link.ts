// Emailed links (sign-in, password reset, email verification): issuing, mailing and consuming
// their one-time tokens, and limiting how often one is asked for.
import 'server-only'
import { getDb } from '../server/db'
import { AppError } from '../server/errors'
import { appUrl } from '../server/mailer'
import { write } from '../server/unit-of-work'
import { withoutSignIn } from './permit'
import type { Tx } from '../server/tx'
import { hit } from '../server/rate-limit'
import { hashToken, newToken, TOKEN_TTL_MS } from './tokens'
import { mailTemplates } from '../notifications/templates'

type LinkPurpose = 'SIGN_IN' | 'PASSWORD_RESET' | 'EMAIL_VERIFY'

export async function issueToken(tx: Tx, userId: string, purpose: LinkPurpose) {
  const { token, tokenHash } = newToken()
  await tx.authToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) },
  })
  return token
}

const LINK_LIMIT = { perAccount: 5, perIp: 30, windowMs: 15 * 60_000 }

/**
 * What the request itself does for an emailed link, the same for any address: the attempt
 * counts. Looking the address up, the token, the mail and its delivery come after the
 * response (lib/server/after-response.ts), so neither the answer nor its time says whether
 * the email has an account.
 */
export async function limitLinkRequest(kind: 'link' | 'reset', email: string, ip: string | null) {
  if (
    !(await hit(`${kind}:acct:${email}`, LINK_LIMIT.perAccount, LINK_LIMIT.windowMs)) ||
    (ip && !(await hit(`${kind}:ip:${ip}`, LINK_LIMIT.perIp, LINK_LIMIT.windowMs)))
  ) {
    throw new AppError('RATE_LIMITED', 'errors.rateLimited')
  }
}

/** Mails an active account's owner a link carrying a new token; nothing for other addresses. */
export async function mailLink(email: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET') {
  const db = await getDb()
  const u = await db.user.findUnique({ where: { email }, select: { id: true, active: true, name: true } })
  if (!u || !u.active) return
  // Sent to the address the account already has: knowing the address proves nothing more.
  await write(null, withoutSignIn('own-address'), async (tx, uow) => {
    const token = await issueToken(tx, u.id, purpose)
    const mail =
      purpose === 'SIGN_IN'
        ? { kind: 'auth.sign-in-link', ...mailTemplates.signInLink({ name: u.name, url: appUrl(`/sign-in/link?token=${token}`) }) }
        : { kind: 'auth.password-reset', ...mailTemplates.passwordReset({ name: u.name, url: appUrl(`/reset-password?token=${token}`) }) }
    await uow.mail({ to: email, userId: u.id, ...mail })
  })
}

/** Spends the token in the caller's unit of work: if what follows fails, the token is not spent. */
export async function consumeToken(tx: Tx, token: string, purpose: LinkPurpose) {
  const tokenHash = hashToken(token)
  const now = new Date()
  // Marking it used in one conditional update makes a token single-use even under races.
  const res = await tx.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  if (res.count !== 1) throw new AppError('INVALID', 'errors.tokenInvalid')
  const row = await tx.authToken.findUniqueOrThrow({ where: { tokenHash }, include: { user: true } })
  if (!row.user.active) throw new AppError('INVALID', 'errors.tokenInvalid')
  return row.user
}
