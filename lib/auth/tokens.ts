// One-time tokens for emailed links. Only a hash is stored; a token works once, until it expires.
import { randomBytes } from 'node:crypto'
import { sha256Hex } from '../hash'

export function newToken() {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token) }
}

export function hashToken(token: string) {
  return sha256Hex(token)
}

export const TOKEN_TTL_MS = {
  SIGN_IN: 15 * 60_000,
  PASSWORD_RESET: 60 * 60_000,
  EMAIL_VERIFY: 24 * 3600_000,
  INVITE: 7 * 24 * 3600_000,
} as const
