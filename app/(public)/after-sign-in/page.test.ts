// Where a fresh sign-in lands: the page asked for when it is on this site and open to the
// role, else the role's home. Never another site.
import { describe, expect, it, vi } from 'vitest'
import type { Viewer } from '@/lib/auth/viewer'

vi.mock('@/lib/request/viewer', async () => (await import('../../../tests/support/next-request')).viewerModule())
const { request } = await import('../../../tests/support/next-request')
const { default: AfterSignIn } = await import('./page')

const applicant: Viewer = {
  userId: '00000000-0000-4000-8000-000000000001',
  role: 'APPLICANT',
  departmentId: null,
  name: 'Hira Bibi',
  email: 'applicant@daftar.pk',
}

async function locationFor(next: string | undefined) {
  request.viewer = applicant
  const e = await AfterSignIn({ searchParams: Promise.resolve({ next }) }).catch((err: unknown) => err)
  return String((e as { digest?: string }).digest ?? '').split(';')[2]
}

describe('/after-sign-in', () => {
  it('goes on to the page asked for, or home', async () => {
    expect(await locationFor('/apply/cycles/abc?step=2')).toBe('/apply/cycles/abc?step=2')
    expect(await locationFor(undefined)).toBe('/apply')
    expect(await locationFor('/staff/cycles')).toBe('/apply')
  })

  it('never sends anyone to another site', async () => {
    for (const next of [
      '/./evil.example',
      '/.//evil.example/phish',
      '/..//evil.example/phish',
      '/%2e//evil.example/phish',
      '/%2E%2E//evil.example',
      '//evil.example',
      '/\\evil.example',
    ]) {
      const to = await locationFor(next)
      expect(new URL(to, 'https://daftar.example/after-sign-in').origin, `${next} -> ${to}`).toBe('https://daftar.example')
    }
  })
})
