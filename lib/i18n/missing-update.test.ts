// A progress update that never came is "not submitted" (جمع نہیں ہوئی), not "absent" (غیر حاضر,
// which reads as a person missing from work or class). The attendance register (events.*) is
// where a person is absent from a session, and there the word is right.
import { describe, expect, it } from 'vitest'
import { dictionaries } from './messages'

type Tree = { [k: string]: string | Tree }
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))

describe('the Urdu for a missing progress update', () => {
  it('says the update was not submitted, everywhere, never that someone was absent', () => {
    expect(dictionaries.ur.progress.statuses.missing).toBe('جمع نہیں ہوئی')
    const absent = leaves(dictionaries.ur as unknown as Tree).filter(([, v]) => v.includes('غیر حاضر'))
    expect(absent.filter(([k]) => !k.startsWith('events.'))).toEqual([])
    // The register does use it: the check above would not pass by the word being gone.
    expect(absent.map(([k]) => k)).toContain('events.marks.ABSENT')
  })
})
