// What a government partner sees of placement: their department's proposals, the fellows who
// ranked its projects, and the fellows placed with it once published. Nothing of other departments.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { projectTextSelect } from './selects'
import { cycleOpenForProposals, departmentOf } from '../access'
import { canEditProject, canSubmitProject } from '../policy'

const cycleSelect = { id: true, name: true, programme: { select: { name: true, nameUr: true } } } as const

export async function listPartnerProjects(viewer: Viewer) {
  assertCan(viewer, 'project:propose')
  const departmentId = departmentOf(viewer)
  const db = await getDb()
  const [cycles, projects] = await Promise.all([
    db.cycleDepartment.findMany({
      where: { departmentId, cycle: cycleOpenForProposals },
      orderBy: { cycle: { createdAt: 'desc' } },
      select: { seatsRequested: true, cycle: { select: { ...cycleSelect, status: true } } },
    }),
    db.project.findMany({
      where: { departmentId },
      orderBy: [{ cycle: { createdAt: 'desc' } }, { updatedAt: 'desc' }],
      select: { id: true, title: true, titleUr: true, status: true, seats: true, updatedAt: true, cycle: { select: cycleSelect } },
    }),
  ])
  return { cycles, projects }
}

/** Published placements with the department, current and past; drafts never show. */
export async function listDepartmentPlacements(viewer: Viewer) {
  assertCan(viewer, 'project:propose')
  const departmentId = departmentOf(viewer)
  const db = await getDb()
  return db.placement.findMany({
    where: { project: { departmentId }, publishedAt: { not: null }, status: { in: ['ACTIVE', 'TRANSFERRED', 'ENDED'] } },
    orderBy: [{ status: 'asc' }, { startDate: 'desc' }],
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      fellowship: { select: { user: { select: { name: true, email: true } }, cycle: { select: cycleSelect } } },
      project: { select: { id: true, title: true, titleUr: true } },
    },
  })
}

/** For the proposal form: the cycle (only one the department takes part in) and its contacts. */
export async function getProposalContext(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'project:propose')
  const departmentId = departmentOf(viewer)
  const db = await getDb()
  const participation = await db.cycleDepartment.findFirst({
    where: { cycleId, departmentId, cycle: cycleOpenForProposals },
    select: { seatsRequested: true, cycle: { select: cycleSelect } },
  })
  if (!participation) throw notFound()
  const contacts = await db.partnerContact.findMany({
    where: { departmentId, archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, title: true },
  })
  return { ...participation, contacts }
}

export async function getPartnerProject(viewer: Viewer, id: string) {
  assertCan(viewer, 'project:propose')
  const departmentId = departmentOf(viewer)
  const db = await getDb()
  const project = await db.project.findFirst({
    where: { id, departmentId },
    select: {
      ...projectTextSelect,
      status: true,
      reviewNote: true,
      version: true,
      updatedAt: true,
      focalContact: { select: { id: true, name: true } },
      cycle: { select: cycleSelect },
      placements: {
        where: { publishedAt: { not: null }, status: { in: ['ACTIVE', 'TRANSFERRED', 'ENDED'] } },
        orderBy: { startDate: 'desc' },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          fellowship: { select: { user: { select: { name: true, email: true } } } },
        },
      },
    },
  })
  if (!project) throw notFound()
  const contacts = await db.partnerContact.findMany({
    where: { departmentId, archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, title: true },
  })
  // The edit form and its submit button: the rules updateProject refuses by.
  const record = { departmentId, status: project.status }
  return { ...project, contacts, canEdit: canEditProject(viewer, record), canSubmit: canSubmitProject(viewer, record) }
}

/**
 * The fellows offered to a project: active fellows of its cycle who ranked it and are not
 * already placed, with their rank and reason and the department's current answer.
 */
export async function listOfferedFellows(viewer: Viewer, projectId: string) {
  assertCan(viewer, 'partner-preference:write')
  const departmentId = departmentOf(viewer)
  const db = await getDb()
  const project = await db.project.findFirst({ where: { id: projectId, departmentId }, select: { id: true, cycleId: true } })
  if (!project) throw notFound()
  const [prefs, answers] = await Promise.all([
    db.fellowPreference.findMany({
      where: { projectId, fellowship: { cycleId: project.cycleId, status: 'ACTIVE', placements: { none: { status: 'ACTIVE' } } } },
      orderBy: [{ rank: 'asc' }, { fellowship: { user: { name: 'asc' } } }],
      select: { fellowshipId: true, rank: true, reason: true, fellowship: { select: { user: { select: { name: true } } } } },
    }),
    db.partnerPreference.findMany({ where: { projectId }, select: { fellowshipId: true, rank: true, acceptable: true } }),
  ])
  const answerOf = new Map(answers.map((a) => [a.fellowshipId, a]))
  return prefs.map((p) => {
    const a = answerOf.get(p.fellowshipId)
    return {
      fellowshipId: p.fellowshipId,
      name: p.fellowship.user.name,
      fellowRank: p.rank,
      reason: p.reason,
      answer: !a ? 'acceptable' : !a.acceptable ? 'unacceptable' : a.rank !== null ? String(a.rank) : 'acceptable',
    }
  })
}
