// Verification codes: 12 characters from an alphabet without look-alikes (no 0/O, 1/I), drawn
// from node:crypto. 32 letters make each one 5 bits, so a code is 60 bits: not guessable, and
// the public lookup is rate-limited besides. Shown in groups of four; typed any way.
import { randomBytes } from 'node:crypto'

export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export const CODE_LENGTH = 12

export function newCertificateCode(): string {
  const bytes = randomBytes(CODE_LENGTH)
  // 256 is a multiple of 32: taking the low five bits keeps every letter equally likely.
  return Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('')
}

/** What someone typed, as stored: upper case, spaces and dashes gone; null when it cannot be a code. */
export function normaliseCode(typed: string | null | undefined): string | null {
  if (typeof typed !== 'string' || typed.length > 40) return null
  const c = typed.replace(/[\s-]/g, '').toUpperCase()
  if (c.length !== CODE_LENGTH) return null
  for (const ch of c) if (!CODE_ALPHABET.includes(ch)) return null
  return c
}

/** ABCD-EFGH-JKLM: easier to read out and type. */
export function displayCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code
}

export const verifyPath = (code: string) => `/verify/${code}`
