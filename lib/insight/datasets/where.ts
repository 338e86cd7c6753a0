// Where-builders for each dataset. They are the definition of every figure on the dashboards:
// the aggregate SQL in ../dashboard and ../equity.ts counts exactly the rows these select, and
// the tests hold the two to the same numbers.
import type { ApplicationStage, Gender, Prisma } from '@prisma/client'
import { REMOTE_DISTRICTS, type Region } from '../regions'
import { NOT_REPORTING, PLACED_STATUSES, yearRange } from '../sql'
import type { DatasetFilter, FunnelStep } from './schema'

const REMOTE = [...REMOTE_DISTRICTS]

/**
 * "Reached at least this step". Evidence first (a submitted review, a completed interview, an
 * offer), with the application's stage as the fallback, so a declined or later application
 * still counts at every step it passed.
 */
const beyond = (...stages: ApplicationStage[]): Prisma.ApplicationWhereInput => ({ stage: { in: stages } })
export const STEP_WHERE: Record<FunnelStep, Prisma.ApplicationWhereInput> = {
  applied: {},
  eligible: { OR: [{ eligibility: 'ELIGIBLE' }, beyond('REVIEW', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'DECLINED')] },
  reviewed: { OR: [{ reviews: { some: { status: 'SUBMITTED' } } }, beyond('INTERVIEW', 'OFFER', 'ACCEPTED', 'DECLINED')] },
  // Only a completed interview: an offer can be made without one, and that applicant was never interviewed.
  interviewed: { interviews: { some: { status: 'COMPLETED' } } },
  offered: { OR: [{ offer: { isNot: null } }, beyond('OFFER', 'ACCEPTED', 'DECLINED')] },
  accepted: { OR: [{ offer: { status: 'ACCEPTED' } }, beyond('ACCEPTED')] },
}

function genderWhere(g: Gender): Prisma.ApplicationWhereInput {
  return g === 'UNDISCLOSED' ? { OR: [{ gender: 'UNDISCLOSED' }, { gender: null }] } : { gender: g }
}

function regionWhere(r: Region): Prisma.ApplicationWhereInput {
  if (r === 'REMOTE') return { district: { in: REMOTE } }
  if (r === 'UNKNOWN') return { OR: [{ district: null }, { district: '' }] }
  return { AND: [{ district: { notIn: REMOTE } }, { district: { not: '' } }, { district: { not: null } }] }
}

function cycleWhere(f: DatasetFilter): Prisma.CycleWhereInput | undefined {
  const w: Prisma.CycleWhereInput = {
    ...(f.year ? { startDate: yearRange(f.year) } : {}),
    ...(f.programme ? { programmeId: f.programme } : {}),
  }
  return Object.keys(w).length ? w : undefined
}

export function applicationsWhere(f: DatasetFilter): Prisma.ApplicationWhereInput {
  const and: Prisma.ApplicationWhereInput[] = [{ stage: { not: 'DRAFT' } }]
  if (f.cycle) and.push({ cycleId: f.cycle })
  const c = cycleWhere(f)
  if (c) and.push({ cycle: c })
  if (f.step) and.push(STEP_WHERE[f.step])
  if (f.gender) and.push(genderWhere(f.gender))
  if (f.region) and.push(regionWhere(f.region))
  if (f.district) and.push({ district: f.district })
  return { AND: and }
}

/** A fellow's gender and district come from their application, else from their account. */
function fellowAttr(
  app: Prisma.ApplicationWhereInput,
  user: Prisma.UserWhereInput,
  appUnset: Prisma.ApplicationWhereInput,
): Prisma.FellowshipWhereInput {
  return { OR: [{ application: app }, { AND: [{ OR: [{ applicationId: null }, { application: appUnset }] }, { user }] }] }
}

function fellowGenderWhere(g: Gender): Prisma.FellowshipWhereInput {
  const unset = { gender: null }
  if (g !== 'UNDISCLOSED') return fellowAttr({ gender: g }, { gender: g }, unset)
  return {
    OR: [
      { application: { gender: 'UNDISCLOSED' } },
      { AND: [{ OR: [{ applicationId: null }, { application: unset }] }, { user: { OR: [{ gender: 'UNDISCLOSED' }, { gender: null }] } }] },
    ],
  }
}

function fellowDistrictWhere(d: Prisma.StringNullableFilter | string | null, r?: Region): Prisma.FellowshipWhereInput {
  const unset = { district: null }
  if (r === 'UNKNOWN') {
    // SQL's COALESCE keeps an application's '' (it is not null), so that counts as unknown too.
    return {
      OR: [
        { application: { district: '' } },
        { AND: [{ OR: [{ applicationId: null }, { application: unset }] }, { user: { OR: [{ district: null }, { district: '' }] } }] },
      ],
    }
  }
  return fellowAttr({ district: d }, { district: d }, unset)
}

export const placedIn = (departmentId?: string): Prisma.PlacementListRelationFilter => ({
  some: { status: { in: [...PLACED_STATUSES] }, ...(departmentId ? { project: { departmentId } } : {}) },
})

export function fellowsWhere(f: DatasetFilter): Prisma.FellowshipWhereInput {
  const and: Prisma.FellowshipWhereInput[] = []
  if (f.cycle) and.push({ cycleId: f.cycle })
  const c = cycleWhere(f)
  if (c) and.push({ cycle: c })
  if (f.department) and.push({ placements: placedIn(f.department) })
  if (f.placed === 'yes') and.push({ placements: placedIn() })
  if (f.placed === 'no') and.push({ NOT: { placements: placedIn() } })
  if (f.status) and.push({ status: f.status as Prisma.EnumFellowshipStatusFilter['equals'] })
  if (f.gender) and.push(fellowGenderWhere(f.gender))
  if (f.region === 'REMOTE') and.push(fellowDistrictWhere({ in: REMOTE }))
  if (f.region === 'SETTLED') and.push(fellowDistrictWhere({ notIn: REMOTE, not: '' }))
  if (f.region === 'UNKNOWN') and.push(fellowDistrictWhere(null, 'UNKNOWN'))
  if (f.district) and.push(fellowDistrictWhere(f.district))
  if (f.missingPeriod !== undefined) {
    and.push({ status: { notIn: [...NOT_REPORTING] } })
    and.push({ updates: { none: { periodIndex: f.missingPeriod, status: 'SUBMITTED' } } })
  }
  return { AND: and }
}

export function placementsWhere(f: DatasetFilter): Prisma.PlacementWhereInput {
  const and: Prisma.PlacementWhereInput[] = []
  if (f.cycle) and.push({ project: { cycleId: f.cycle } })
  const c = cycleWhere(f)
  if (c) and.push({ project: { cycle: c } })
  if (f.department) and.push({ project: { departmentId: f.department } })
  if (f.status) and.push({ status: f.status as Prisma.EnumPlacementStatusFilter['equals'] })
  return { AND: and }
}

export function updatesWhere(f: DatasetFilter): Prisma.ProgressUpdateWhereInput {
  const and: Prisma.ProgressUpdateWhereInput[] = []
  if (f.cycle) and.push({ fellowship: { cycleId: f.cycle } })
  const c = cycleWhere(f)
  if (c) and.push({ fellowship: { cycle: c } })
  if (f.department) and.push({ fellowship: { placements: placedIn(f.department) } })
  if (f.period !== undefined) and.push({ periodIndex: f.period })
  if (f.state === 'onTime') and.push({ status: 'SUBMITTED', late: false })
  if (f.state === 'late') and.push({ status: 'SUBMITTED', late: true })
  if (f.state === 'draft') and.push({ status: 'DRAFT' })
  return { AND: and }
}

export function deliverablesWhere(f: DatasetFilter): Prisma.DeliverableWhereInput {
  const and: Prisma.DeliverableWhereInput[] = []
  if (f.cycle) and.push({ project: { cycleId: f.cycle } })
  const c = cycleWhere(f)
  if (c) and.push({ project: { cycle: c } })
  if (f.department) and.push({ project: { departmentId: f.department } })
  if (f.status) and.push({ status: f.status as Prisma.EnumDeliverableStatusFilter['equals'] })
  return { AND: and }
}

export function metricsWhere(f: DatasetFilter): Prisma.ImpactMetricValueWhereInput {
  const and: Prisma.ImpactMetricValueWhereInput[] = []
  if (f.cycle) and.push({ metric: { project: { cycleId: f.cycle } } })
  const c = cycleWhere(f)
  if (c) and.push({ metric: { project: { cycle: c } } })
  if (f.department) and.push({ metric: { project: { departmentId: f.department } } })
  if (f.project) and.push({ metric: { projectId: f.project } })
  return { AND: and }
}
