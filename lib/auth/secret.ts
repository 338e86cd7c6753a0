// NEXTAUTH_SECRET: required in production; in development and tests one is generated once
// and kept in .data/ (git ignores it) so sessions survive restarts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { env } from '../env'

let cached: string | undefined

export function authSecret(): string {
  if (cached) return cached
  const e = env()
  if (e.NEXTAUTH_SECRET) return (cached = e.NEXTAUTH_SECRET)
  if (e.NODE_ENV === 'production') {
    throw new Error('NEXTAUTH_SECRET must be set (32+ characters) when NODE_ENV=production. See README.md.')
  }
  cached = localSecret()
  return cached
}

export function localSecret(dir = '.data'): string {
  const file = path.join(dir, 'nextauth-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dir, { recursive: true })
  const s = randomBytes(32).toString('base64url')
  writeFileSync(file, s, { mode: 0o600 })
  return s
}
