// A department's project proposals: create, edit until approved, and submit for approval.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { cycleOpenForProposals, departmentOf } from '../access'
import { editProjectBlock, projectRefusal } from '../policy'
import type { CreateProjectInput, UpdateProjectInput } from '../schema'

async function checkFocalContact(tx: Tx, departmentId: string, contactId: string | undefined) {
  if (!contactId) return
  const c = await tx.partnerContact.findFirst({ where: { id: contactId, departmentId, archivedAt: null }, select: { id: true } })
  if (!c) throw new AppError('NOT_FOUND', 'errors.notFound', { focalContactId: 'errors.notFound' })
}

// Missing language versions are stored empty (title and problem statement are required
// columns); pages show whichever language exists.
function projectData(input: Omit<CreateProjectInput, 'cycleId' | 'intent'>) {
  return {
    title: input.title ?? '',
    titleUr: input.titleUr ?? null,
    problemStatement: input.problemStatement ?? '',
    problemStatementUr: input.problemStatementUr ?? null,
    expectedOutcomes: input.expectedOutcomes ?? null,
    skillsNeeded: input.skillsNeeded,
    seats: input.seats,
    focalContactId: input.focalContactId ?? null,
  }
}

export async function createProject(viewer: Viewer, input: CreateProjectInput) {
  return write(viewer, permit('project:propose'), async (tx, uow) => {
    const departmentId = departmentOf(viewer)
    // Only cycles the department takes part in: anything else is "not found".
    const cycle = await tx.cycle.findFirst({
      where: { id: input.cycleId, ...cycleOpenForProposals, departments: { some: { departmentId } } },
      select: { id: true },
    })
    if (!cycle) throw new AppError('NOT_FOUND', 'errors.notFound', { cycleId: 'errors.notFound' })
    await checkFocalContact(tx, departmentId, input.focalContactId)
    const { cycleId, intent, ...fields } = input
    const status = intent === 'submit' ? ('PROPOSED' as const) : ('DRAFT' as const)
    const data = { ...projectData(fields), cycleId, departmentId, proposedById: viewer.userId, status }
    const p = await tx.project.create({ data, select: { id: true } })
    await uow.audit({ action: 'project.create', entityType: 'Project', entityId: p.id, after: data })
    return { id: p.id, status }
  })
}

export async function updateProject(viewer: Viewer, input: UpdateProjectInput) {
  return write(viewer, permit('project:propose'), async (tx, uow) => {
    const departmentId = departmentOf(viewer)
    const before = await tx.project.findFirst({ where: { id: input.id, departmentId } })
    if (!before) throw notFound()
    const block = editProjectBlock(viewer, before)
    if (block) throw projectRefusal(block)
    await checkFocalContact(tx, departmentId, input.focalContactId)
    const { id, version, intent, ...fields } = input
    // "Submit" sends a draft or returned proposal to staff; saving keeps the current state.
    const status = intent === 'submit' ? ('PROPOSED' as const) : before.status
    const data = { ...projectData(fields), status }
    await updateVersioned(tx.project, id, version, data)
    await uow.audit({
      action: status !== before.status ? 'project.submit' : 'project.update',
      entityType: 'Project',
      entityId: id,
      before,
      after: data,
    })
    return { id, status }
  })
}
