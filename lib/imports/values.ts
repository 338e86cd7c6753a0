// One CSV row checked and turned into what an import writes: each problem named beside its field,
// in the words of lib/i18n/messages/imports.ts. Pure, so the preview, the dry run and the import
// check a row the same way (the server always checks again: the browser is never trusted).
import type { ApplicationStage, FellowshipStatus, Gender, ImportKind } from '@prisma/client'
import { z } from 'zod'
import { normaliseCnic, normalisePkPhone } from '../identity-formats'
import { KP_DISTRICTS } from '../recruitment/districts'
import { FIELDS_BY_KIND, REQUIRED_FIELDS, type ColumnMapping, type ImportField } from './columns'

export interface ImportValues {
  name: string
  email: string
  phone: string | null
  cnic: string | null
  gender: Gender | null
  district: string | null
  stage: ApplicationStage | null
  status: FellowshipStatus | null
  currentRole: string | null
  organisation: string | null
}

export interface RowProblem {
  /** 1-based row in the file, counting the header as row 1 (as a spreadsheet shows it). */
  row: number
  field: ImportField | 'row'
  message: string
  /** What the cell held (cut short), shown beside the message. */
  value?: string
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s_\-]+/g, ' ')
    .trim()

const STAGES: Record<string, ApplicationStage> = {
  submitted: 'SUBMITTED',
  applied: 'SUBMITTED',
  screening: 'SCREENING',
  shortlisted: 'SCREENING',
  review: 'REVIEW',
  'under review': 'REVIEW',
  interview: 'INTERVIEW',
  interviewed: 'INTERVIEW',
  // No "offered" or "waitlisted": an offer needs its deadline and a waitlist its ranks, which
  // only Daftar gives them (lib/recruitment), so those rows are refused with the outcomes it takes.
  accepted: 'ACCEPTED',
  selected: 'ACCEPTED',
  fellow: 'ACCEPTED',
  declined: 'DECLINED',
  'declined offer': 'DECLINED',
  rejected: 'REJECTED',
  'not selected': 'REJECTED',
  unsuccessful: 'REJECTED',
  withdrawn: 'WITHDRAWN',
  منتخب: 'ACCEPTED',
  مسترد: 'REJECTED',
}

const STATUSES: Record<string, FellowshipStatus> = {
  active: 'ACTIVE',
  ongoing: 'ACTIVE',
  current: 'ACTIVE',
  completed: 'COMPLETED',
  complete: 'COMPLETED',
  graduated: 'COMPLETED',
  alumni: 'COMPLETED',
  alumnus: 'COMPLETED',
  alumna: 'COMPLETED',
  withdrawn: 'WITHDRAWN',
  left: 'WITHDRAWN',
  terminated: 'TERMINATED',
}

const GENDERS: Record<string, Gender> = {
  female: 'FEMALE',
  f: 'FEMALE',
  woman: 'FEMALE',
  خاتون: 'FEMALE',
  عورت: 'FEMALE',
  male: 'MALE',
  m: 'MALE',
  man: 'MALE',
  مرد: 'MALE',
  other: 'OTHER',
  'non binary': 'OTHER',
  undisclosed: 'UNDISCLOSED',
  'prefer not to say': 'UNDISCLOSED',
}

const DISTRICTS = new Map<string, string>(KP_DISTRICTS.flatMap((d) => [[words(d.en), d.en] as const, [d.ur.trim(), d.en] as const]))
DISTRICTS.set('di khan', 'Dera Ismail Khan')
DISTRICTS.set('d i khan', 'Dera Ismail Khan')

const emailSchema = z.email()
const MAX_TEXT = 200

/** The cells of one row, by field, trimmed; absent columns are blank. */
export function cellsOf(kind: ImportKind, mapping: ColumnMapping, cells: readonly string[]): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {}
  for (const f of FIELDS_BY_KIND[kind]) {
    const i = mapping[f]
    if (i !== undefined) out[f] = (cells[i] ?? '').trim()
  }
  return out
}

/** Checks one row; `values` only when it has no problem. */
export function checkRow(
  kind: ImportKind,
  row: number,
  c: Partial<Record<ImportField, string>>,
): { values?: ImportValues; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const bad = (field: ImportField, message: string) =>
    problems.push({ row, field, message: `imports.errors.${message}`, value: (c[field] ?? '').slice(0, 80) })
  for (const f of REQUIRED_FIELDS) if (!c[f]) bad(f, 'required')
  for (const f of ['name', 'currentRole', 'organisation'] as const) if ((c[f]?.length ?? 0) > MAX_TEXT) bad(f, 'tooLong')
  const email = (c.email ?? '').toLowerCase()
  if (email && (email.length > 254 || !emailSchema.safeParse(email).success)) bad('email', 'email')
  const cnic = c.cnic ? normaliseCnic(c.cnic) : null
  if (c.cnic && !cnic) bad('cnic', 'cnic')
  const phone = c.phone ? normalisePkPhone(c.phone, { landline: true }) : null
  if (c.phone && !phone) bad('phone', 'phone')
  const gender = c.gender ? (GENDERS[words(c.gender)] ?? GENDERS[c.gender.toUpperCase().toLowerCase()]) : null
  if (c.gender && !gender) bad('gender', 'gender')
  const district = c.district ? DISTRICTS.get(words(c.district)) : null
  if (c.district && !district) bad('district', 'district')
  let stage: ApplicationStage | null = null
  if (kind === 'APPLICANTS') {
    stage = c.outcome ? (STAGES[words(c.outcome)] ?? null) : 'SUBMITTED'
    if (!stage) bad('outcome', 'outcome')
  }
  let status: FellowshipStatus | null = null
  if (kind === 'FELLOWS') {
    status = c.status ? (STATUSES[words(c.status)] ?? null) : 'ACTIVE'
    if (!status) bad('status', 'status')
  }
  if (kind === 'ALUMNI') status = 'COMPLETED'
  if (problems.length) return { problems }
  return {
    problems,
    values: {
      name: c.name!.replace(/\s+/g, ' '),
      email,
      phone,
      cnic,
      gender: gender ?? null,
      district: district ?? null,
      stage,
      status,
      currentRole: c.currentRole || null,
      organisation: c.organisation || null,
    },
  }
}
