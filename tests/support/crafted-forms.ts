// The forms a crafted call to a server action sends: each field of the action's own zod schema
// filled with a plausible value, its id fields with the ids of records the caller must not touch.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { toKarachiLocal } from '../../lib/i18n/format'
import { fieldsOf, type Kind } from './schema-fields'

export type FormValues = Record<string, string | string[]>

const day = 86_400_000
const karachiDay = (offsetDays: number) => toKarachiLocal(new Date(Date.now() + offsetDays * day), false)

/** Dates that open something lie in the past, dates that close or are due lie ahead. */
const PAST_DATES = new Set(['opensAt', 'applicationsOpenAt', 'startDate', 'recordedOn', 'startsAt'])

/** Values for fields whose name says more than their type. */
function byName(key: string, kind: Kind): string | string[] | undefined {
  if (kind.t === 'bool') return 'on'
  if (kind.t === 'date') return PAST_DATES.has(key) ? karachiDay(-20) : karachiDay(20)
  switch (key) {
    case 'email':
      return `crafted-${randomUUID().slice(0, 8)}@example.pk`
    case 'slug':
      return `crafted-${randomUUID().slice(0, 8)}`
    case 'name':
      // Names of departments, programmes and metrics are unique.
      return `Crafted name ${randomUUID().slice(0, 8)}`
    case 'key':
      return 'craftedQuestion'
    case 'password':
    case 'confirm':
      return 'A-long-enough-passphrase-9'
    case 'current':
      return 'not-the-current-password'
    case 'token':
      return 'x'.repeat(43)
    case 'linkedinUrl':
      return 'https://www.linkedin.com/in/crafted'
    case 'website':
    case 'links':
    case 'onlineUrl':
      return 'https://example.pk/crafted'
    case 'value':
      return '12'
    case 'target':
      return kind.t === 'enum' ? undefined : '100'
    case 'version':
      return '0'
    case 'year':
      return '2025'
    case 'periodIndex':
      return '1'
    case 'options':
      return ''
    case 'phone':
      return '0300-1234567'
    case 'archive':
      return 'true'
    case 'monthlyPkr':
      return '25000'
    // A stipend month no batch of the victims' cycle has yet.
    case 'month':
      return '2030-01'
    case 'iban':
      return 'PK36 SCBL 0000 0011 2345 6702'
    // A spreadsheet import: pasted rows, and the browser's chunk of rows as JSON.
    case 'csv':
      return `Full Name,Email\nCrafted Person,crafted-${randomUUID().slice(0, 8)}@example.pk`
    case 'rows':
      return JSON.stringify([['Crafted Person', `crafted-${randomUUID().slice(0, 8)}@example.pk`]])
  }
  return undefined
}

function sample(key: string, kind: Kind): string {
  switch (kind.t) {
    case 'enum':
      return kind.values[0]
    case 'number':
      return String(Math.min(Math.max(kind.min, 1), kind.max))
    case 'string':
      return kind.min > 12 ? 'c'.repeat(kind.min) : `Crafted ${key}`
    case 'array':
      return sample(key, kind.of)
    default:
      return `Crafted ${key}`
  }
}

/** Enum fields whose every value is tried (the comment target goes with the kind of id). */
const EXPAND_ENUMS = new Set(['target'])

/**
 * Every form worth sending to an action with this schema: one value per field, and one form
 * per combination of candidate ids (for `id`, each kind of record in turn). Throws when an id
 * field has no candidates, so a new id field cannot go untested.
 */
export function craftedForms(schema: z.ZodType, ids: Record<string, string[]>, extras: FormValues): FormValues[] {
  const fields = fieldsOf(schema)
  let forms: FormValues[] = [{ ...extras }]
  for (const [key, kind] of fields) {
    let options: (string | string[])[]
    if (key === 'idempotencyKey') options = [FRESH_UUID]
    else if (kind.t === 'uuid' || (kind.t === 'array' && kind.of.t === 'uuid')) {
      const c = ids[key]
      if (!c?.length) throw new Error(`no candidate records for the id field "${key}": add them to the victim world`)
      // A list of ids (bulk moves, reviewers, panelists) names all the candidates at once.
      options = kind.t === 'array' ? [c] : c
    } else if (kind.t === 'array' && Array.isArray(extras[key])) options = [extras[key]]
    else if (kind.t === 'enum' && EXPAND_ENUMS.has(key)) options = kind.values
    else options = [byName(key, kind) ?? sample(key, kind)]
    forms = forms.flatMap((f) => options.map((o) => ({ ...f, [key]: o })))
  }
  return forms
}

const FRESH_UUID = '<fresh uuid>'

export function toFormData(values: FormValues): FormData {
  const fd = new FormData()
  for (const [k, v] of Object.entries(values)) {
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one === FRESH_UUID ? randomUUID() : one)
  }
  return fd
}
