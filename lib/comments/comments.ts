// Comment threads on progress updates and deliverables. A thread is visible to the fellow,
// staff and the project's partners only: exactly those who can see what it is attached to.
// Updates take comments once submitted (a draft is the fellow's alone).
import 'server-only'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Tx } from '../server/tx'
import type { Viewer } from '../auth/viewer'
import { deliverableWhereFor, updateWhereFor } from '../fellowships/scope'
import { deliverableReviewers, mailEach, projectFellows } from '../deliverables/notify'
import type { AddCommentInput, CommentTarget } from './schema'
import { commentEmails } from '../i18n/emails/comments'

/** The thing commented on, if the viewer may see it, with who should hear about a new comment. */
async function findTarget(tx: Tx, viewer: Viewer, target: CommentTarget, id: string) {
  if (target === 'update') {
    const u = await tx.progressUpdate.findFirst({
      where: { id, status: 'SUBMITTED', ...updateWhereFor(viewer) },
      select: {
        id: true,
        periodIndex: true,
        fellowship: { select: { id: true, user: { select: { id: true, name: true, email: true } } } },
      },
    })
    if (!u) return null
    const fellow = u.fellowship.user
    return {
      where: { progressUpdateId: u.id },
      on: { kind: 'update' as const, periodIndex: u.periodIndex },
      path: `/fellow/updates/${u.fellowship.id}/${u.periodIndex}`,
      // The fellow hears about others' comments on their update.
      notify: async () => (viewer.userId === fellow.id ? [] : [fellow]),
    }
  }
  const d = await tx.deliverable.findFirst({
    where: { id, ...deliverableWhereFor(viewer) },
    select: { id: true, title: true, reviewerId: true, projectId: true, project: { select: { departmentId: true } } },
  })
  if (!d) return null
  return {
    where: { deliverableId: d.id },
    on: { kind: 'deliverable' as const, title: d.title },
    path: viewer.role === 'FELLOW' ? `/partner/deliverables/${d.id}` : `/fellow/deliverables/${d.id}`,
    // A fellow's comment goes to the reviewer; anyone else's to the fellows on the project.
    notify: async () => (viewer.role === 'FELLOW' ? deliverableReviewers(tx, d) : projectFellows(tx, d.projectId)),
  }
}

export async function listComments(viewer: Viewer, target: CommentTarget, id: string) {
  assertCan(viewer, 'comment:write')
  const db = await getDb()
  const t = await findTarget(db, viewer, target, id)
  if (!t) throw notFound()
  return db.comment.findMany({
    where: t.where,
    orderBy: { createdAt: 'asc' },
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true, role: true } } },
  })
}

export type CommentRow = Awaited<ReturnType<typeof listComments>>[number]

export async function addComment(viewer: Viewer, input: AddCommentInput) {
  return write(viewer, permit('comment:write'), async (tx, uow) => {
    const t = await findTarget(tx, viewer, input.target, input.targetId)
    if (!t) throw notFound()
    const row = await tx.comment.create({ data: { authorId: viewer.userId, body: input.body, ...t.where }, select: { id: true } })
    await uow.audit({ action: 'comment.add', entityType: 'Comment', entityId: row.id, after: { ...t.where, body: input.body } })
    const recipients = (await t.notify()).filter((r) => r.id !== viewer.userId)
    await mailEach(tx, recipients, 'comment', t.path, (r) =>
      commentEmails.added({ to: r.name, by: viewer.name, on: t.on, body: input.body }),
    )
    return row
  })
}
