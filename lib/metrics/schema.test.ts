import { describe, expect, it } from 'vitest'
import { defineMetricSchema, parseDecimal, recordValueSchema } from './schema'

const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))

describe('impact figures', () => {
  it('reads numbers as people type them, in English or Urdu digits', () => {
    expect(parseDecimal('1,800')).toBe('1800')
    expect(parseDecimal(' 12.5 ')).toBe('12.5')
    expect(parseDecimal('۱۸۰۰')).toBe('1800')
    expect(parseDecimal('')).toBeUndefined()
    expect(parseDecimal('about 200')).toBeNull()
    expect(parseDecimal('-5')).toBeNull()
    expect(parseDecimal('1.234')).toBeNull()
  })

  it('explains a value that is not a number, and a missing one, beside the field', () => {
    const base = { metricId: '6f1c3a52-3f6e-4a38-9a57-1f0f3c9d2b11', recordedOn: '2026-11-20' }
    expect(errorsOf(recordValueSchema.safeParse({ ...base, value: 'many' }))).toEqual({ value: 'errors.metricNotANumber' })
    expect(errorsOf(recordValueSchema.safeParse({ ...base, value: '' }))).toEqual({ value: 'errors.required' })
    const ok = recordValueSchema.parse({ ...base, value: '15,000', note: 'From the registry' })
    expect(ok.value).toBe('15000')
    expect(ok.recordedOn.toISOString()).toBe('2026-11-19T19:00:00.000Z')
  })

  it('accepts a metric without a target but not one with a made-up target', () => {
    const base = { projectId: '6f1c3a52-3f6e-4a38-9a57-1f0f3c9d2b11', name: 'Licences issued', unit: 'licences' }
    expect(defineMetricSchema.parse({ ...base, target: '' }).target).toBeUndefined()
    expect(errorsOf(defineMetricSchema.safeParse({ ...base, target: 'lots' }))).toEqual({ target: 'errors.metricNotANumber' })
  })
})
