// The fields a spreadsheet import fills, per kind, and the guess of which CSV column holds each
// (by header, in English and the usual variants; staff correct the guess before importing).
import type { ImportKind } from '@prisma/client'

export const IMPORT_KINDS = ['APPLICANTS', 'FELLOWS', 'ALUMNI'] as const satisfies readonly ImportKind[]

export const IMPORT_FIELDS = [
  'name',
  'email',
  'phone',
  'cnic',
  'gender',
  'district',
  'outcome',
  'status',
  'currentRole',
  'organisation',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

const PERSON: ImportField[] = ['name', 'email', 'phone', 'cnic', 'gender', 'district']

export const FIELDS_BY_KIND: Record<ImportKind, readonly ImportField[]> = {
  APPLICANTS: [...PERSON, 'outcome'],
  FELLOWS: [...PERSON, 'status'],
  ALUMNI: [...PERSON, 'currentRole', 'organisation'],
}

export const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'email']

/** { field: column index } from the form, or guessed. */
export type ColumnMapping = Partial<Record<ImportField, number>>

const GUESSES: Record<ImportField, RegExp> = {
  name: /^(full|applicant|fellow|candidate|student)?name$|^name(of(the)?(applicant|fellow))?$|^نام$/,
  email: /^(e)?mail(address|id)?$|^ای میل$/,
  phone: /^(mobile|phone|cell|contact|whatsapp)(number|no)?$|^(mobile|phone)$|^فون$|^موبائل/,
  cnic: /^(cnic|nic|nicnumber|cnicnumber|cnicno|nationalid|idcard|idcardnumber|شناختی کارڈ)$/,
  gender: /^(gender|sex|جنس)$/,
  district: /^(district|domicile|domiciledistrict|homedistrict|ضلع)$/,
  outcome: /^(outcome|status|result|decision|stage|selection|selectionstatus)$/,
  status: /^(status|fellowshipstatus|outcome|completion)$/,
  currentRole: /^(current)?(role|position|job|designation|jobtitle|title)$/,
  organisation: /^(current)?(organi[sz]ation|employer|company|workplace)$/,
}

const key = (h: string) =>
  h
    .toLowerCase()
    .replace(/[^a-z\u0600-\u06ff ]/g, '')
    .replace(/ (?![\u0600-\u06ff])/g, '')
    .trim()

export function guessMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const out: ColumnMapping = {}
  const used = new Set<number>()
  for (const field of FIELDS_BY_KIND[kind]) {
    const i = headers.findIndex((h, idx) => !used.has(idx) && GUESSES[field].test(key(h)))
    if (i >= 0) {
      out[field] = i
      used.add(i)
    }
  }
  return out
}
