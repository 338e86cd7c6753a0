import { describe, expect, it } from 'vitest'
import { dictionaries } from './messages'
import { clientMessages } from './client-messages'

describe('clientMessages', () => {
  it('sends the browser only the shared strings client components read, in the page’s language', () => {
    const en = clientMessages(dictionaries.en)
    const ur = clientMessages(dictionaries.ur)
    expect(en.common.saving).toBe(dictionaries.en.common.saving)
    expect(ur.errors.fileTooLarge).toBe(dictionaries.ur.errors.fileTooLarge)
    expect(ur.common.saving).not.toBe(en.common.saving)
    for (const m of [en, ur]) {
      for (const group of [m.common, m.errors]) for (const text of Object.values(group)) expect(text).toMatch(/\S/)
    }
    // Far smaller than the dictionaries it is cut from (they were 8.6 KB of every page).
    const whole = JSON.stringify({ common: dictionaries.en.common, errors: dictionaries.en.errors }).length
    expect(JSON.stringify(en).length).toBeLessThan(whole / 5)
    expect('signIn' in en.common).toBe(false)
    expect(clientMessages(dictionaries.en)).toBe(en)
  })
})
