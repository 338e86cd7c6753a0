// Staff edit the questions of a cycle's application form. A question's key names its answers,
// so it never changes; a question someone has answered cannot be removed (make it optional).
import 'server-only'
import { write } from '../../server/unit-of-work'
import { lockCycleForEdit } from './lock-cycle'
import { permit } from '../../auth/permit'
import { Prisma } from '@prisma/client'
import { AppError, notFound } from '../../server/errors'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import type { FormFieldInput } from '../schema/call'

async function answeredCount(tx: Tx, cycleId: string, key: string) {
  const rows = await tx.$queryRaw<{ n: bigint | number }[]>(
    Prisma.sql`SELECT count(*) AS n FROM "Application" WHERE "cycleId" = ${cycleId}::uuid AND jsonb_exists("answers", ${key})`,
  )
  const files = await tx.applicationFile.count({ where: { fieldKey: key, application: { cycleId } } })
  return Number(rows[0]?.n ?? 0) + files
}

export async function saveFormField(viewer: Viewer, input: FormFieldInput) {
  const data = {
    labelEn: input.labelEn,
    labelUr: input.labelUr,
    helpEn: input.helpEn ?? null,
    helpUr: input.helpUr ?? null,
    required: input.required,
    personal: input.personal,
    options: input.options,
  }
  return write(
    viewer,
    permit('call:configure'),
    async (tx, uow) => {
      await lockCycleForEdit(tx, uow, input.cycleId, input.version)
      if (input.fieldId) {
        const before = await tx.formField.findFirst({ where: { id: input.fieldId, cycleId: input.cycleId } })
        if (!before) throw notFound()
        if (before.type !== input.type && (await answeredCount(tx, input.cycleId, before.key)) > 0) {
          throw new AppError('CONFLICT', 'recruitment.callErrors.typeLocked', { type: 'recruitment.callErrors.typeLocked' })
        }
        await tx.formField.update({ where: { id: before.id }, data: { ...data, type: input.type } })
        await uow.audit({
          action: 'call.field.update',
          entityType: 'FormField',
          entityId: before.id,
          before,
          after: { ...data, type: input.type },
        })
        return { id: before.id }
      }
      const last = await tx.formField.aggregate({ where: { cycleId: input.cycleId }, _max: { position: true } })
      const f = await tx.formField.create({
        data: { ...data, cycleId: input.cycleId, key: input.key, type: input.type, position: (last._max.position ?? -1) + 1 },
      })
      await uow.audit({
        action: 'call.field.create',
        entityType: 'FormField',
        entityId: f.id,
        after: { ...data, key: f.key, type: f.type },
      })
      return { id: f.id }
    },
    { unique: () => new AppError('DUPLICATE', 'recruitment.callErrors.keyTaken', { key: 'recruitment.callErrors.keyTaken' }) },
  )
}

export async function removeFormField(viewer: Viewer, input: { cycleId: string; version: number; fieldId: string }) {
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    await lockCycleForEdit(tx, uow, input.cycleId, input.version)
    const f = await tx.formField.findFirst({ where: { id: input.fieldId, cycleId: input.cycleId } })
    if (!f) throw notFound()
    if ((await answeredCount(tx, input.cycleId, f.key)) > 0) throw new AppError('CONFLICT', 'recruitment.callErrors.fieldInUse')
    await tx.formField.delete({ where: { id: f.id } })
    await uow.audit({ action: 'call.field.remove', entityType: 'FormField', entityId: f.id, before: f })
  })
}

export async function moveFormField(
  viewer: Viewer,
  input: { cycleId: string; version: number; fieldId: string; direction: 'up' | 'down' },
) {
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    await lockCycleForEdit(tx, uow, input.cycleId, input.version)
    const fields = await tx.formField.findMany({
      where: { cycleId: input.cycleId },
      orderBy: { position: 'asc' },
      select: { id: true, position: true },
    })
    const i = fields.findIndex((f) => f.id === input.fieldId)
    if (i < 0) throw notFound()
    const j = input.direction === 'up' ? i - 1 : i + 1
    if (j < 0 || j >= fields.length) return
    // Renumber the whole list: positions stay dense whatever happened before.
    const order = fields.map((f) => f.id)
    ;[order[i], order[j]] = [order[j], order[i]]
    for (const [pos, id] of order.entries()) await tx.formField.update({ where: { id }, data: { position: pos } })
    await uow.audit({ action: 'call.field.move', entityType: 'FormField', entityId: input.fieldId, after: { direction: input.direction } })
  })
}
