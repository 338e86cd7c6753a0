// One-time tokens for emailed links. Only a hash is stored; a token works once, until it expires.
import { createHash, randomBytes } from 'node:crypto'

export function newToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token) }
}

export function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

export const TOKEN_TTL_MS = {
  SIGN_IN: 15 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_VERIFY: 24 * 3600_000,
  INVITE: 7 * 24 * 3600_000,
} as const
