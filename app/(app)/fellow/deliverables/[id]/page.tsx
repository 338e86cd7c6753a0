import { randomUUID } from 'node:crypto'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getDeliverable } from '@/lib/deliverables/queries'
import { listComments } from '@/lib/comments/comments'
import { uploadLimitMb, uploadLimits } from '@/lib/deliverables/limits'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { DeliverableSummary } from '@/components/progress/deliverable-summary'
import { VersionHistory } from '@/components/progress/version-history'
import { CommentThread } from '@/components/progress/comment-thread'
import { FileField } from '@/components/progress/file-field'
import { localName } from '@/lib/i18n/local-text'
import { ActionForm, Hidden, TextAreaField } from '@/components/ui/form'
import { addDeliverableCommentAction, submitVersionAction } from '../actions'

export const generateMetadata = titled((m) => m.deliverables.deliverable)

export default async function FellowDeliverablePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('deliverable:submit')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const d = await orNotFound(getDeliverable(viewer, id))
  const comments = await listComments(viewer, 'deliverable', d.id)
  const t = m.deliverables
  const when = (x: Date) => formatDateTime(x, locale)
  return (
    <>
      <PageHeader
        title={localName(locale)(d)}
        description={t.kinds[d.kind]}
        actions={
          <LinkButton href="/fellow/deliverables" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <DeliverableSummary d={d} t={t} localName={localName(locale)} formatDay={(x) => formatDate(x, locale)} formatWhen={when} />
        {d.canSubmit ? (
          <Card title={t.submit.heading}>
            {/* A fresh key each time the page is shown: posting this form twice creates one version. */}
            <ActionForm action={submitVersionAction} submitLabel={t.submit.button} resetOnSuccess aria-label={t.submit.heading}>
              <Hidden name="deliverableId" value={d.id} />
              <Hidden name="idempotencyKey" value={randomUUID()} />
              <TextAreaField name="notes" label={t.submit.notes} hint={t.submit.notesHint} rows={4} />
              <TextAreaField name="links" label={t.submit.links} hint={t.submit.linksHint} rows={2} dir="ltr" />
              <FileField
                name="files"
                label={t.submit.files}
                hint={format(t.submit.filesHint, { max: uploadLimitMb() })}
                optionalLabel={m.common.optional}
                {...uploadLimits()}
              />
            </ActionForm>
          </Card>
        ) : d.status === 'APPROVED' ? (
          <p className="text-slate-800">{t.submit.approvedNote}</p>
        ) : null}
        <Card title={t.history}>
          <VersionHistory d={d} t={t} formatWhen={when} />
        </Card>
        <CommentThread
          comments={comments}
          target="deliverable"
          targetId={d.id}
          action={addDeliverableCommentAction}
          labels={t.comments}
          roleNames={m.common.roles}
          formatWhen={when}
        />
      </div>
    </>
  )
}
