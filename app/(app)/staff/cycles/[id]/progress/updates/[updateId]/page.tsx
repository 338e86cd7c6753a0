import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getUpdate } from '@/lib/progress/queries'
import { listComments } from '@/lib/comments/comments'
import { LinkButton } from '@/components/ui/basics'
import { UpdateView } from '@/components/progress/update-view'
import { CommentThread } from '@/components/progress/comment-thread'
import { ActionForm, Hidden } from '@/components/ui/form'
import { canMarkReviewed } from '@/lib/progress/policy'
import { addStaffCommentAction, markUpdateReviewedAction } from '../../actions'

export const generateMetadata = titled((m) => m.progress.updates.updateTitle)

export default async function StaffUpdatePage({ params }: { params: Promise<{ id: string; updateId: string }> }) {
  const viewer = await requirePermission('update:read:any')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const id = idParam(p.updateId)
  const u = await orNotFound(getUpdate(viewer, id))
  if (u.cycle.id !== cycleId) notFound()
  const comments = await listComments(viewer, 'update', id)
  const t = m.progress.updates
  return (
    <>
      <UpdateView
        u={u}
        m={m}
        locale={locale}
        after={
          canMarkReviewed(u.update) ? (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <ActionForm
                action={markUpdateReviewedAction}
                submitLabel={t.markReviewed}
                submitVariant="secondary"
                aria-label={t.markReviewed}
              >
                <p className="text-sm text-slate-700">{t.markReviewedHint}</p>
                <Hidden name="updateId" value={u.update.id} />
                <Hidden name="version" value={u.update.version} />
              </ActionForm>
            </div>
          ) : null
        }
      >
        <LinkButton href={`/staff/cycles/${cycleId}/progress`} variant="secondary">
          {m.progress.compliance.backToBoard}
        </LinkButton>
      </UpdateView>
      <div className="mt-6">
        <CommentThread
          comments={comments}
          target="update"
          targetId={id}
          action={addStaffCommentAction}
          labels={m.deliverables.comments}
          roleNames={m.common.roles}
          formatWhen={(x) => formatDateTime(x, locale)}
        />
      </div>
    </>
  )
}
