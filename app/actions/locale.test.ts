// The language switch sends the person back where they were, and only ever to a page of this
// site, however the `back` field is written.
import { describe, expect, it, vi } from 'vitest'

vi.mock('next/headers', async () => (await import('../../tests/support/next-request')).headersModule())
const { setLocaleAction } = await import('./locale')

async function redirectOf(back: string) {
  const fd = new FormData()
  fd.set('locale', 'ur')
  fd.set('back', back)
  const e = await setLocaleAction(fd).catch((err: unknown) => err)
  return String((e as { digest?: string }).digest ?? '').split(';')[2]
}

describe('setLocaleAction', () => {
  it('goes back to the page the switch was on', async () => {
    expect(await redirectOf('/staff/cycles?page=2')).toBe('/staff/cycles?page=2')
  })

  it('never to another site, even one that appears only once the path is normalised', async () => {
    for (const back of [
      '//evil.example/phish',
      '/.//evil.example/phish',
      '/..//evil.example/phish',
      '/%2e//evil.example/phish',
      'https://evil.example',
    ]) {
      expect(await redirectOf(back), back).toBe('/')
    }
  })
})
