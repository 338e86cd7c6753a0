import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { localPath } from './safe-path'

const SITE = 'https://daftar.example'

/** What a browser does with a Location header or a link: resolve it against the page. */
function staysOnSite(location: string) {
  // The WHATWG URL parser, as browsers use it: tabs and newlines dropped, "\\" read as "/".
  return new URL(location, SITE + '/some/page').origin === SITE
}

// Paths made of the pieces that change meaning under URL normalisation: dot segments (also
// percent-encoded), doubled and back slashes, encoded slashes, control characters, hosts,
// schemes, queries and fragments.
const piece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '.',
  '..',
  '%2e',
  '%2E',
  '%2e%2e',
  '.%2e',
  '%2f',
  '%2F',
  '%5c',
  '%5C',
  '%00',
  '%09',
  '\t',
  '\n',
  '\r',
  ' ',
  'evil.example',
  'apply',
  'staff',
  ':',
  'https:',
  'javascript:',
  '@',
  '?',
  '#',
  '&',
  '=',
  ';',
)
const generatedPath = fc.oneof(
  fc.array(piece, { maxLength: 12 }).map((ps) => ps.join('')),
  fc.array(piece, { maxLength: 12 }).map((ps) => '/' + ps.join('')),
  fc.string({ maxLength: 40 }).map((s) => '/' + s),
)

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

  it('refuses paths that only become another site once normalised', () => {
    for (const p of [
      '/.//evil.example/x',
      '/..//evil.example/x',
      '/%2e//evil.example/x',
      '/%2E%2E//evil.example/x',
      '/a/..//evil.example',
      '/./\\evil.example',
    ]) {
      expect(localPath(p), JSON.stringify(p)).toBeNull()
    }
  })

  it('whatever it is given, what it returns is itself a local path a browser keeps on this site', () => {
    fc.assert(
      fc.property(generatedPath, (p) => {
        const out = localPath(p)
        if (out === null) return true
        return (
          out.startsWith('/') &&
          !out.startsWith('//') &&
          !out.startsWith('/\\') &&
          !/[\u0000-\u001f\u007f]/.test(out) &&
          staysOnSite(out) &&
          // Normalising again changes nothing: a second reader sees the same path.
          localPath(out) === out
        )
      }),
      { numRuns: 5000 },
    )
  })

  it('refuses what is not a string, or absurdly long', () => {
    expect(localPath(undefined)).toBeNull()
    expect(localPath(null)).toBeNull()
    expect(localPath(['/apply'])).toBeNull()
    expect(localPath('/' + 'a'.repeat(3000))).toBeNull()
  })
})
