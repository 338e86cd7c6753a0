// Staff-only notes and tags on an application. Notes are append-only (a correction is a new
// note: the record of who thought what, when, stays whole); tags are a short list staff filter
// the board by. Neither is ever read by a reviewer's or an applicant's query or export.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import type { Tx } from '../../server/tx'
import { normaliseTag, TAGS_PER_APPLICATION, type AddNoteInput, type TagInput } from '../schema/staff-tools'

/** The application staff work on: a live cycle's, submitted or a draft. */
async function staffApplication(tx: Tx, applicationId: string) {
  const a = await tx.application.findFirst({
    where: { id: applicationId, cycle: { archivedAt: null } },
    select: { id: true, cycleId: true, staffTags: true },
  })
  if (!a) throw notFound()
  return a
}

export async function addNote(viewer: Viewer, input: AddNoteInput) {
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    const a = await staffApplication(tx, input.applicationId)
    const note = await tx.applicationNote.create({
      data: { applicationId: a.id, authorId: viewer.userId, body: input.body },
      select: { id: true },
    })
    // The audit row says a note was written, not what it says: the note itself is the record.
    await uow.audit({ action: 'application.note', entityType: 'Application', entityId: a.id, after: { noteId: note.id } })
    return { id: note.id }
  })
}

/** The tag as stored, or a refusal beside the field. */
function tidy(raw: string) {
  const tag = normaliseTag(raw)
  if (!tag) throw new AppError('INVALID', 'staffTools.errors.badTag', { tag: 'staffTools.errors.badTag' })
  return tag
}

export async function addTag(viewer: Viewer, input: TagInput) {
  const tag = tidy(input.tag)
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    await uow.lock('Application', input.applicationId)
    const a = await staffApplication(tx, input.applicationId)
    if (a.staffTags.includes(tag)) return { added: false }
    if (a.staffTags.length >= TAGS_PER_APPLICATION)
      throw new AppError(
        'CONFLICT',
        'staffTools.errors.tooManyTags',
        { tag: 'staffTools.errors.tooManyTags' },
        { max: TAGS_PER_APPLICATION },
      )
    const after = [...a.staffTags, tag]
    // No version bump: a tag never makes the stage form on the same page stale.
    await tx.application.update({ where: { id: a.id }, data: { staffTags: after } })
    await uow.audit({
      action: 'application.tag',
      entityType: 'Application',
      entityId: a.id,
      before: { tags: a.staffTags },
      after: { tags: after },
    })
    return { added: true }
  })
}

export async function removeTag(viewer: Viewer, input: TagInput) {
  const tag = tidy(input.tag)
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    await uow.lock('Application', input.applicationId)
    const a = await staffApplication(tx, input.applicationId)
    if (!a.staffTags.includes(tag)) return { removed: false }
    const after = a.staffTags.filter((t) => t !== tag)
    await tx.application.update({ where: { id: a.id }, data: { staffTags: after } })
    await uow.audit({
      action: 'application.untag',
      entityType: 'Application',
      entityId: a.id,
      before: { tags: a.staffTags },
      after: { tags: after },
    })
    return { removed: true }
  })
}
