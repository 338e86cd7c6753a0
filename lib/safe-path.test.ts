import { describe, expect, it } from 'vitest'
import { localPath } from './safe-path'

describe('localPath: only a path on this site', () => {
  it('keeps paths with their query and fragment', () => {
    expect(localPath('/apply')).toBe('/apply')
    expect(localPath('/apply/cycles/abc?step=2#cv')).toBe('/apply/cycles/abc?step=2#cv')
    expect(localPath('/staff/cycles/1/recruitment?district=Swat')).toBe('/staff/cycles/1/recruitment?district=Swat')
  })

  it('refuses every way of naming another site', () => {
    for (const p of [
      'https://evil.example',
      'http://evil.example/apply',
      '//evil.example',
      '//evil.example/apply',
      '/\\evil.example',
      '/\\/evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      ' /apply',
      'javascript:alert(1)',
      'apply',
      '',
    ]) {
      expect(localPath(p), JSON.stringify(p)).toBeNull()
    }
  })

  it('refuses what is not a string, or absurdly long', () => {
    expect(localPath(undefined)).toBeNull()
    expect(localPath(null)).toBeNull()
    expect(localPath(['/apply'])).toBeNull()
    expect(localPath('/' + 'a'.repeat(3000))).toBeNull()
  })
})
