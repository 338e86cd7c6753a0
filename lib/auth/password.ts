// Password hashing with bcrypt (pure JS: no native build, no download).
import bcrypt from 'bcryptjs'

const ROUNDS = process.env.NODE_ENV === 'test' ? 4 : 11

export function hashPassword(plain: string) {
  return bcrypt.hash(plain, ROUNDS)
}

export function verifyPassword(plain: string, hash: string | null | undefined) {
  if (!hash) return Promise.resolve(false)
  return bcrypt.compare(plain, hash)
}
