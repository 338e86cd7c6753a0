// Password hashing with bcrypt (pure JS: no native build, no download).
import { randomBytes } from 'node:crypto'
import bcrypt from 'bcryptjs'

const ROUNDS = process.env.NODE_ENV === 'test' ? 4 : 11

export function hashPassword(plain: string) {
  return bcrypt.hash(plain, ROUNDS)
}

export function verifyPassword(plain: string, hash: string | null | undefined) {
  if (!hash) return Promise.resolve(false)
  return bcrypt.compare(plain, hash)
}

let dummy: Promise<string> | undefined

/** A real bcrypt hash of a random password, of the same cost as stored ones, made once. Checking
 * a password against it takes as long as against a user's hash, so sign-in for an email
 * without an account answers no faster (bcryptjs answers at once for a malformed hash). */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'))
  return dummy
}
