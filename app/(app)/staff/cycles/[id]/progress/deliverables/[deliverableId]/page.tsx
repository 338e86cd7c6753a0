import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getDeliverable } from '@/lib/deliverables/queries'
import { listComments } from '@/lib/comments/comments'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { DeliverableSummary } from '@/components/progress/deliverable-summary'
import { VersionHistory } from '@/components/progress/version-history'
import { CommentThread } from '@/components/progress/comment-thread'
import { localName } from '@/lib/i18n/local-text'
import { addStaffCommentAction } from '../../actions'

export const generateMetadata = titled((m) => `${m.nav.staff.progress}: ${m.deliverables.deliverable}`)

export default async function StaffDeliverablePage({ params }: { params: Promise<{ id: string; deliverableId: string }> }) {
  const viewer = await requirePermission('progress:read:any')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const id = idParam(p.deliverableId)
  const d = await orNotFound(getDeliverable(viewer, id))
  if (d.project.cycle.id !== cycleId) notFound()
  const comments = await listComments(viewer, 'deliverable', id)
  const t = m.deliverables
  const when = (x: Date) => formatDateTime(x, locale)
  return (
    <>
      <PageHeader
        title={localName(locale)(d)}
        description={t.kinds[d.kind]}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/progress/projects/${d.project.id}`} variant="secondary">
            {t.staff.open}: {localName(locale)(d.project)}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <DeliverableSummary d={d} t={t} localName={localName(locale)} formatDay={(x) => formatDate(x, locale)} formatWhen={when} />
        <Card title={t.history}>
          <VersionHistory d={d} t={t} formatWhen={when} />
        </Card>
        <CommentThread
          comments={comments}
          target="deliverable"
          targetId={id}
          action={addStaffCommentAction}
          labels={t.comments}
          roleNames={m.common.roles}
          formatWhen={when}
        />
      </div>
    </>
  )
}
