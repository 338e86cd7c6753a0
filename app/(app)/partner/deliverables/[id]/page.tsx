import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getDeliverable } from '@/lib/deliverables/queries'
import { listComments } from '@/lib/comments/comments'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField, TextAreaField } from '@/components/ui/form'
import { DeliverableSummary } from '@/components/progress/deliverable-summary'
import { VersionHistory } from '@/components/progress/version-history'
import { CommentThread } from '@/components/progress/comment-thread'
import { localName } from '@/lib/i18n/local-text'
import { addPartnerCommentAction, reviewSubmissionAction } from '../actions'

export const generateMetadata = titled((m) => m.deliverables.deliverable)

export default async function PartnerDeliverablePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('deliverable:review')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const d = await orNotFound(getDeliverable(viewer, id))
  const comments = await listComments(viewer, 'deliverable', d.id)
  const t = m.deliverables
  const when = (x: Date) => formatDateTime(x, locale)
  const waiting = d.latest && !d.latest.review
  return (
    <>
      <PageHeader
        title={localName(locale)(d)}
        description={t.kinds[d.kind]}
        actions={
          <LinkButton href="/partner/deliverables" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <DeliverableSummary d={d} t={t} localName={localName(locale)} formatDay={(x) => formatDate(x, locale)} formatWhen={when} />
        {d.canReview && d.latest ? (
          <Card title={format(t.review.heading, { n: d.latest.versionNumber })}>
            <ActionForm
              action={reviewSubmissionAction}
              submitLabel={t.review.button}
              aria-label={format(t.review.heading, { n: d.latest.versionNumber })}
            >
              <Hidden name="submissionId" value={d.latest.id} />
              <SelectField
                name="decision"
                label={t.review.decision}
                required
                placeholder="—"
                options={[
                  { value: 'APPROVED', label: t.review.approve },
                  { value: 'CHANGES_REQUESTED', label: t.review.requestChanges },
                ]}
              />
              <TextAreaField name="comments" label={t.review.comments} hint={t.review.commentsHint} rows={4} />
            </ActionForm>
          </Card>
        ) : waiting && d.reviewer ? (
          <p className="text-slate-800">{fill(t.review.otherReviewer, { name: <UserText>{d.reviewer.name}</UserText> }, locale)}</p>
        ) : null}
        <Card title={t.history}>
          <VersionHistory d={d} t={t} formatWhen={when} />
        </Card>
        <CommentThread
          comments={comments}
          target="deliverable"
          targetId={d.id}
          action={addPartnerCommentAction}
          labels={t.comments}
          roleNames={m.common.roles}
          formatWhen={when}
        />
      </div>
    </>
  )
}
