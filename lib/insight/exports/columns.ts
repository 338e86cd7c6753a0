// CSV columns of each dataset: stable English headers (the file is for spreadsheets and
// scripts), values as people read them (Pakistan dates, names of districts and departments).
import { toKarachiLocal } from '../../i18n/format'
import type { Cell } from '../../csv'
import { regionOf } from '../regions'
import type { Dataset } from '../datasets/schema'

const day = (d: Date | null | undefined) => (d ? toKarachiLocal(d, false) : '')
const time = (d: Date | null | undefined) => (d ? toKarachiLocal(d, true).replace('T', ' ') : '')

/**
 * Header row and cell values for each dataset. Rows are those of datasets/list.ts (its selects
 * carry every field used here; the export test reads each column back).
 */
export const COLUMNS: Record<Dataset, { headers: string[]; cells: (r: any) => Cell[] }> = {
  applications: {
    headers: [
      'application_id',
      'cycle',
      'stage',
      'eligibility',
      'submitted_at',
      'gender',
      'district',
      'region',
      'mean_score',
      'applicant_name',
      'applicant_email',
    ],
    cells: (r: any) => [
      r.id,
      r.cycle.name,
      r.stage,
      r.eligibility,
      time(r.submittedAt),
      r.gender ?? '',
      r.district ?? '',
      regionOf(r.district),
      r.scoreMean ?? '',
      r.applicant.name,
      r.applicant.email,
    ],
  },
  fellows: {
    headers: ['fellowship_id', 'cycle', 'status', 'name', 'email', 'gender', 'district', 'region', 'projects', 'departments'],
    cells: (r: any) => {
      const district = r.application?.district ?? r.user.district
      return [
        r.id,
        r.cycle.name,
        r.status,
        r.user.name,
        r.user.email,
        r.application?.gender ?? r.user.gender ?? '',
        district ?? '',
        regionOf(district),
        r.placements.map((p: any) => p.project.title).join('; '),
        r.placements.map((p: any) => p.project.department.name).join('; '),
      ]
    },
  },
  placements: {
    headers: [
      'placement_id',
      'cycle',
      'fellow_name',
      'fellow_email',
      'project',
      'department',
      'status',
      'start_date',
      'end_date',
      'rank_obtained',
    ],
    cells: (r: any) => [
      r.id,
      r.fellowship.cycle.name,
      r.fellowship.user.name,
      r.fellowship.user.email,
      r.project.title,
      r.project.department.name,
      r.status,
      day(r.startDate),
      day(r.endDate),
      r.rankObtained ?? '',
    ],
  },
  updates: {
    headers: ['update_id', 'cycle', 'fellow_name', 'period', 'period_end', 'status', 'late', 'submitted_at', 'hours'],
    cells: (r: any) => [
      r.id,
      r.fellowship.cycle.name,
      r.fellowship.user.name,
      r.periodIndex + 1,
      day(new Date(r.periodEnd.getTime() - 1)),
      r.status,
      r.late ? 'yes' : 'no',
      time(r.submittedAt),
      r.hours ?? '',
    ],
  },
  deliverables: {
    headers: ['deliverable_id', 'cycle', 'project', 'department', 'title', 'kind', 'status', 'due_date'],
    cells: (r: any) => [r.id, r.project.cycle.name, r.project.title, r.project.department.name, r.title, r.kind, r.status, day(r.dueDate)],
  },
  metrics: {
    headers: ['record_id', 'cycle', 'project', 'department', 'measure', 'unit', 'value', 'recorded_on', 'source'],
    cells: (r: any) => [
      r.id,
      r.metric.project.cycle.name,
      r.metric.project.title,
      r.metric.project.department.name,
      r.metric.name,
      r.metric.unit,
      String(r.value),
      day(r.recordedOn),
      r.source ?? '',
    ],
  },
}
