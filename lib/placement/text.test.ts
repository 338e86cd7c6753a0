import { describe, expect, it } from 'vitest'
import { dictionaries } from '../i18n/messages'
import { explainReason, explainStored, ordinal, reasonFromMatch } from './text'
import { localText as localized } from '../i18n/local-text'
import { buildMatchView } from './match-view'

const { en, ur } = dictionaries

describe('ordinals', () => {
  it('reads as people write them in each language', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map((n) => ordinal('en', n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '103rd',
    ])
    expect([1, 2, 3, 10, 12].map((n) => ordinal('ur', n))).toEqual(['پہلی', 'دوسری', 'تیسری', 'دسویں', '12ویں'])
  })
})

describe('explanations', () => {
  it('name which higher choices were full and which declined', () => {
    const prefs = ['a', 'b', 'c', 'd']
    const reason = reasonFromMatch({ kind: 'placed-lower', rank: 4, fullerChoices: ['a', 'c'], unacceptableAt: ['b'] }, prefs)
    expect(reason).toEqual({ kind: 'placed-lower', rank: 4, fullRanks: [1, 3], declinedRanks: [2] })
    expect(explainReason(en, 'en', reason)).toBe('1st and 3rd choices full; 2nd choice declined by the department: placed at 4th')
    expect(explainReason(ur, 'ur', reason)).toBe(
      'پہلی اور تیسری ترجیحات میں جگہ نہیں تھی؛ دوسری ترجیح کے محکمے نے انکار کیا: چوتھی ترجیح پر تعیناتی',
    )
    const three = reasonFromMatch({ kind: 'placed-lower', rank: 4, fullerChoices: ['a', 'b', 'c'], unacceptableAt: [] }, prefs)
    expect(explainReason(en, 'en', three)).toBe('1st, 2nd and 3rd choices full: placed at 4th')
  })

  it('show older plain-text explanations as they were written', () => {
    expect(explainStored(en, 'en', 'Placed on your first choice.')).toBe('Placed on your first choice.')
    expect(explainStored(en, 'en', '{"kind":"first-choice"}')).toBe('Placed at 1st choice')
    expect(explainStored(en, 'en', null)).toBe('')
  })

  it('fall back to the other language when a field exists in one only', () => {
    expect(localized('ur', 'Title', null)).toBe('Title')
    expect(localized('en', '', 'عنوان')).toBe('عنوان')
    expect(localized('ur', 'Title', 'عنوان')).toBe('عنوان')
  })
})

describe('the proposal view after hand changes', () => {
  it('recomputes figures, over-capacity and stability from the current placements', () => {
    const stored = {
      input: {
        fellows: [
          { id: 'f1', prefs: ['p'] },
          { id: 'f2', prefs: ['p', 'q'] },
        ],
        projects: [
          { id: 'p', capacity: 1, prefs: ['f1', 'f2'] },
          { id: 'q', capacity: 1 },
        ],
      },
      assignments: [
        { fellowId: 'f1', projectId: 'p', rank: 1, reason: { kind: 'first-choice' as const } },
        {
          fellowId: 'f2',
          projectId: 'q',
          rank: 2,
          reason: { kind: 'placed-lower' as const, rank: 2, fullerChoices: ['p'], unacceptableAt: [] },
        },
      ],
    }
    const asMatched = buildMatchView(stored, [
      { id: 'x1', fellowshipId: 'f1', projectId: 'p', rankObtained: 1, explanation: '{"kind":"first-choice"}' },
      { id: 'x2', fellowshipId: 'f2', projectId: 'q', rankObtained: 2, explanation: null },
    ])
    expect(asMatched.stats).toMatchObject({ placed: 2, top1Share: 0.5, top2Share: 1, unfilledSeats: 0 })
    expect(asMatched.blockingPairs).toEqual([])

    // Staff moved f2 onto p (over capacity) and left q empty.
    const edited = buildMatchView(stored, [
      { id: 'x1', fellowshipId: 'f1', projectId: 'p', rankObtained: 1, explanation: null },
      { id: 'x2', fellowshipId: 'f2', projectId: 'p', rankObtained: 1, explanation: '{"kind":"manual","rank":1}' },
    ])
    expect(edited.overCapacity).toEqual(['p'])
    expect(edited.stats.unfilledSeats).toBe(1)
    expect(explainReason(en, 'en', edited.rows[1].reason)).toBe('Placed by hand at 1st choice')

    const removed = buildMatchView(stored, [{ id: 'x1', fellowshipId: 'f1', projectId: 'p', rankObtained: 1, explanation: null }])
    expect(removed.rows[1].reason).toEqual({ kind: 'removed' })
    expect(removed.blockingPairs).toEqual([{ fellowId: 'f2', projectId: 'q' }])
  })
})
