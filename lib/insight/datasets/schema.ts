// The datasets behind the dashboards, and the filters that select the rows behind a figure.
// Filters come from a URL (links from figures) or the export form; a value that does not
// parse is dropped, never guessed.
import { z } from 'zod'
import { REGIONS } from '../regions'
import { queryText } from '../../validation'

export const DATASETS = ['applications', 'fellows', 'placements', 'updates', 'deliverables', 'metrics'] as const
export type Dataset = (typeof DATASETS)[number]

export function isDataset(v: unknown): v is Dataset {
  return typeof v === 'string' && (DATASETS as readonly string[]).includes(v)
}

/** Recruitment funnel steps: how far an application got (see where.ts for each rule). */
export const FUNNEL_STEPS = ['applied', 'eligible', 'reviewed', 'interviewed', 'offered', 'accepted'] as const
export type FunnelStep = (typeof FUNNEL_STEPS)[number]

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const
export const UPDATE_STATES = ['onTime', 'late', 'draft'] as const

export const STATUS_BY_DATASET = {
  applications: [] as string[],
  fellows: ['ACTIVE', 'COMPLETED', 'WITHDRAWN', 'TERMINATED'],
  placements: ['PROPOSED', 'ACTIVE', 'TRANSFERRED', 'ENDED'],
  updates: [] as string[],
  deliverables: ['NOT_STARTED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'],
  metrics: [] as string[],
} satisfies Record<Dataset, string[]>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
// Blank, overlong and control-character values are dropped like any value that does not parse.
const blank = (v: unknown) => {
  const s = first(v)
  return typeof s === 'string' ? queryText(s, 500) : s
}
const loose = <T extends z.ZodType>(s: T) => z.preprocess(blank, s.optional()).catch(undefined)
const id = () => loose(z.string().regex(UUID))
const whole = (min: number, max: number) => loose(z.coerce.number().int().min(min).max(max))

export const datasetFilterSchema = z.object({
  cycle: id(),
  programme: id(),
  department: id(),
  project: id(),
  year: whole(2000, 2100),
  step: loose(z.enum(FUNNEL_STEPS)),
  gender: loose(z.enum(GENDERS)),
  region: loose(z.enum(REGIONS)),
  district: loose(z.string().trim().max(100)),
  status: loose(z.string().regex(/^[A-Z_]{2,30}$/)),
  placed: loose(z.enum(['yes', 'no'])),
  period: whole(0, 400),
  missingPeriod: whole(0, 400),
  state: loose(z.enum(UPDATE_STATES)),
})

export type DatasetFilter = z.infer<typeof datasetFilterSchema>

/** Reads filters from search params; keeps only those that apply to the dataset. */
export function parseFilter(dataset: Dataset, raw: Record<string, unknown>): DatasetFilter {
  const f = datasetFilterSchema.parse(raw)
  const keep: Record<Dataset, (keyof DatasetFilter)[]> = {
    applications: ['cycle', 'programme', 'year', 'step', 'gender', 'region', 'district'],
    fellows: ['cycle', 'programme', 'year', 'department', 'gender', 'region', 'district', 'status', 'placed', 'missingPeriod'],
    placements: ['cycle', 'programme', 'year', 'department', 'status'],
    updates: ['cycle', 'programme', 'year', 'department', 'period', 'state'],
    deliverables: ['cycle', 'programme', 'year', 'department', 'status'],
    metrics: ['cycle', 'programme', 'year', 'department', 'project'],
  }
  const out: DatasetFilter = {}
  for (const k of keep[dataset]) if (f[k] !== undefined) (out as Record<string, unknown>)[k] = f[k]
  if (out.status && !STATUS_BY_DATASET[dataset].includes(out.status)) delete out.status
  // A missing-update filter only means something within one cycle's periods.
  if (out.missingPeriod !== undefined && !out.cycle) delete out.missingPeriod
  return out
}

/** The filter as URL parameters, in a stable order (for links and the export form). */
export function filterParams(f: DatasetFilter): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== null && v !== '') out[k] = String(v)
  return out
}

export function dataHref(dataset: Dataset, f: DatasetFilter): string {
  const q = new URLSearchParams(filterParams(f)).toString()
  return `/staff/insight/data/${dataset}${q ? `?${q}` : ''}`
}
