// Publishing a proposal: its placements become active, the cycle records the date, and every
// placed fellow and each receiving department is told by email.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { departmentRecipients, placementMail, queueNotice, type Recipient } from '../notify'
import type { PublishPlacementsInput } from '../schema'
import { localText } from '../../i18n/local-text'

export async function publishPlacements(viewer: Viewer, input: Pick<PublishPlacementsInput, 'runId'>) {
  const published = await write(viewer, permit('placement:manage'), async (tx, uow) => {
    await uow.lock('MatchRun', input.runId)
    const run = await tx.matchRun.findUnique({
      where: { id: input.runId },
      select: { id: true, status: true, cycle: { select: { id: true, startDate: true, placementsPublishedAt: true } } },
    })
    if (!run) throw notFound()
    if (run.status !== 'PROPOSED') throw new AppError('CLOSED', 'placement.errors.runNotOpen')
    const placements = await tx.placement.findMany({
      where: { matchRunId: run.id, status: 'PROPOSED' },
      orderBy: { fellowship: { user: { name: 'asc' } } },
      select: {
        id: true,
        fellowshipId: true,
        fellowship: { select: { user: { select: { id: true, name: true, email: true, active: true } } } },
        project: {
          select: {
            title: true,
            titleUr: true,
            departmentId: true,
            focalContactId: true,
            department: { select: { name: true, nameUr: true } },
          },
        },
      },
    })
    if (!placements.length) throw new AppError('CONFLICT', 'placement.errors.nothingToPublish')

    // One active placement per fellow: checked under the fellow's row lock.
    for (const p of placements) {
      await uow.lock('Fellowship', p.fellowshipId)
      const active = await tx.placement.count({ where: { fellowshipId: p.fellowshipId, status: 'ACTIVE' } })
      if (active) throw new AppError('CONFLICT', 'placement.errors.alreadyPlaced', undefined, { fellow: p.fellowship.user.name })
    }
    const now = new Date()
    const startDate = run.cycle.startDate && run.cycle.startDate > now ? run.cycle.startDate : now
    const ids = placements.map((p) => p.id)
    await tx.placement.updateMany({
      where: { id: { in: ids } },
      data: { status: 'ACTIVE', publishedAt: now, startDate, version: { increment: 1 } },
    })
    await tx.placementEvent.createMany({ data: ids.map((placementId) => ({ placementId, actorId: viewer.userId, type: 'published' })) })
    await tx.matchRun.update({ where: { id: run.id }, data: { status: 'PUBLISHED', publishedAt: now } })
    // The first publication is the cycle's placement date; later top-up runs keep it.
    if (!run.cycle.placementsPublishedAt) await tx.cycle.update({ where: { id: run.cycle.id }, data: { placementsPublishedAt: now } })
    await uow.audit({
      action: 'placement.publish',
      entityType: 'MatchRun',
      entityId: run.id,
      after: { placements: ids.length, publishedAt: now },
    })

    for (const p of placements) {
      const u = p.fellowship.user
      if (!u.active) continue
      const text = placementMail.fellowPlaced({
        name: u.name,
        title: localText('en', p.project.title, p.project.titleUr),
        titleUr: p.project.titleUr,
        dept: p.project.department.name,
        deptUr: p.project.department.nameUr,
      })
      await queueNotice(tx, { to: u.email, userId: u.id, name: u.name }, 'placement.published', text)
    }
    const byDepartment = new Map<string, typeof placements>()
    for (const p of placements) byDepartment.set(p.project.departmentId, [...(byDepartment.get(p.project.departmentId) ?? []), p])
    for (const [departmentId, list] of byDepartment) {
      const focal = list.flatMap((p) => (p.project.focalContactId ? [p.project.focalContactId] : []))
      const lines = list.map((p) => `${p.fellowship.user.name}: ${localText('en', p.project.title, p.project.titleUr)}`)
      const linesUr = list.map((p) => `${p.fellowship.user.name}: ${localText('ur', p.project.title, p.project.titleUr)}`)
      for (const r of await departmentRecipients(tx, departmentId, focal)) {
        await queueNotice(tx, r, 'placement.department-published', placementMail.departmentPlaced({ name: r.name, lines, linesUr }))
      }
    }
    return ids.length
  })
  return { published }
}

/**
 * Who publishing would email, for the confirmation beside the button: each placed fellow
 * (with an active account) and each receiving department's partners and focal contacts.
 */
export async function previewPublishRecipients(viewer: Viewer, runId: string) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  const placements = await db.placement.findMany({
    where: { matchRunId: runId, status: 'PROPOSED' },
    orderBy: { fellowship: { user: { name: 'asc' } } },
    select: {
      fellowship: { select: { user: { select: { name: true, email: true, active: true } } } },
      project: { select: { departmentId: true, focalContactId: true, department: { select: { name: true, nameUr: true } } } },
    },
  })
  const fellows = placements
    .filter((p) => p.fellowship.user.active)
    .map((p) => ({ name: p.fellowship.user.name, email: p.fellowship.user.email }))
  const departments = new Map<string, { name: string; nameUr: string | null; focal: string[] }>()
  for (const p of placements) {
    const d = departments.get(p.project.departmentId) ?? { ...p.project.department, focal: [] }
    if (p.project.focalContactId) d.focal.push(p.project.focalContactId)
    departments.set(p.project.departmentId, d)
  }
  const partners: (Recipient & { department: { name: string; nameUr: string | null } })[] = []
  for (const [departmentId, d] of departments) {
    for (const r of await departmentRecipients(db, departmentId, d.focal))
      partners.push({ ...r, department: { name: d.name, nameUr: d.nameUr } })
  }
  return { fellows, partners }
}
