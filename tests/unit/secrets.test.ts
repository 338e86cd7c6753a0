// Secrets are required in production: without NEXTAUTH_SECRET the server refuses to sign or
// read sessions instead of falling back to a generated one.
import { afterEach, describe, expect, it, vi } from 'vitest'

const saved = { ...process.env }

afterEach(() => {
  process.env = { ...saved }
  vi.resetModules()
})

async function secretWith(env: Record<string, string | undefined>) {
  process.env = { ...saved, ...env }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k]
  vi.resetModules()
  const { authSecret } = await import('../../lib/auth/secret')
  return authSecret()
}

describe('NEXTAUTH_SECRET', () => {
  it('is required in production', async () => {
    await expect(secretWith({ NODE_ENV: 'production', NEXTAUTH_SECRET: undefined })).rejects.toThrow(/NEXTAUTH_SECRET must be set/)
  })

  it('must be long enough to be a secret', async () => {
    await expect(secretWith({ NODE_ENV: 'production', NEXTAUTH_SECRET: 'short' })).rejects.toThrow(/NEXTAUTH_SECRET/)
  })

  it('is used as given when set', async () => {
    const s = 'x'.repeat(40)
    await expect(secretWith({ NODE_ENV: 'production', NEXTAUTH_SECRET: s })).resolves.toBe(s)
  })
})
