import { describe, expect, it } from 'vitest'
import { saveUpdateSchema } from './schema'
import { reviewSubmissionSchema, submitVersionSchema } from '../deliverables/schema'

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))
const id = '6f1c3a52-3f6e-4a38-9a57-1f0f3c9d2b11'

describe('the update form', () => {
  it('asks for what was done when the update is empty or only spaces', () => {
    expect(errorsOf(saveUpdateSchema.safeParse({ fellowshipId: id, periodIndex: '0', accomplishments: '   ', intent: 'draft' }))).toEqual({
      accomplishments: 'errors.updateEmpty',
    })
    expect(errorsOf(saveUpdateSchema.safeParse({ fellowshipId: id, periodIndex: '0', intent: 'submit' }))).toEqual({
      accomplishments: 'errors.updateEmpty',
    })
  })

  it('reads links one a line and explains a bad one beside the links field', () => {
    const ok = saveUpdateSchema.parse({
      fellowshipId: id,
      periodIndex: '2',
      accomplishments: 'Import',
      links: 'https://a.example/x\r\n\r\nhttp://b.example',
      hours: '',
      intent: 'submit',
    })
    expect(ok).toMatchObject({ periodIndex: 2, links: ['https://a.example/x', 'http://b.example'], hours: undefined })
    expect(
      errorsOf(
        saveUpdateSchema.safeParse({ fellowshipId: id, periodIndex: '2', accomplishments: 'x', links: 'drive folder', intent: 'submit' }),
      ),
    ).toEqual({ links: 'errors.invalidUrl' })
  })

  it('refuses hours that are not a whole number', () => {
    expect(
      errorsOf(
        saveUpdateSchema.safeParse({ fellowshipId: id, periodIndex: '2', accomplishments: 'x', hours: 'seventy', intent: 'submit' }),
      ),
    ).toEqual({ hours: 'errors.notANumber' })
  })
})

describe('deliverable forms', () => {
  it('needs comments to request changes, but not to approve', () => {
    expect(errorsOf(reviewSubmissionSchema.safeParse({ submissionId: id, decision: 'CHANGES_REQUESTED', comments: '' }))).toEqual({
      comments: 'errors.changesNeedComments',
    })
    expect(reviewSubmissionSchema.safeParse({ submissionId: id, decision: 'APPROVED' }).success).toBe(true)
    expect(errorsOf(reviewSubmissionSchema.safeParse({ submissionId: id, decision: '' }))).toEqual({ decision: 'errors.invalidChoice' })
  })

  it('requires the idempotency key that makes a double submit harmless', () => {
    expect(errorsOf(submitVersionSchema.safeParse({ deliverableId: id, notes: 'v1' }))).toEqual({ idempotencyKey: 'errors.required' })
  })
})
