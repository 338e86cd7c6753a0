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
import { addPartnerCommentAction } from '../../deliverables/actions'

export const generateMetadata = titled((m) => m.progress.updates.updateTitle)

export default async function PartnerUpdatePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('progress:read:department')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const u = await orNotFound(getUpdate(viewer, id))
  const comments = await listComments(viewer, 'update', id)
  const when = (x: Date) => formatDateTime(x, locale)
  return (
    <>
      <UpdateView u={u} m={m} locale={locale}>
        <LinkButton href="/partner/updates" variant="secondary">
          {m.progress.partner.allUpdates}
        </LinkButton>
      </UpdateView>
      <div className="mt-6">
        <CommentThread
          comments={comments}
          target="update"
          targetId={id}
          action={addPartnerCommentAction}
          labels={m.deliverables.comments}
          roleNames={m.common.roles}
          formatWhen={when}
        />
      </div>
    </>
  )
}
