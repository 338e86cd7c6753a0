// The head of a deliverable's page: what it is, for which project, when it is due, who signs
// it off, where it stands, and the sign-off record once approved.
import { format } from '@/lib/i18n/define'
import type { DeliverableDetail } from '@/lib/deliverables/queries'
import { isOverdue } from '@/lib/deliverables/status'
import type { Messages } from '@/lib/i18n/messages'
import { Card, DefinitionList } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { DeliverableBadge } from './badges'

export function DeliverableSummary({
  d,
  t,
  localName,
  formatDay,
  formatWhen,
}: {
  d: DeliverableDetail
  t: Messages['deliverables']
  localName: (x: { name?: string; title?: string; nameUr?: string | null; titleUr?: string | null }) => string
  formatDay: (x: Date | null) => string
  formatWhen: (x: Date) => string
}) {
  const approved = d.submissions.find((s) => s.review?.decision === 'APPROVED')
  return (
    <Card>
      <DefinitionList
        items={[
          [t.kind, t.kinds[d.kind]],
          [
            t.project,
            <>
              <UserText>{localName(d.project)}</UserText> — <UserText>{localName(d.project.department)}</UserText>
            </>,
          ],
          [t.due, d.dueDate ? formatDay(d.dueDate) : t.noDue],
          [t.reviewer, d.reviewer?.name ?? t.anyReviewer],
          [t.status, <DeliverableBadge key="s" status={d.status} labels={t.statuses} overdue={isOverdue(d) ? t.overdue : undefined} />],
          [t.latest, d.latest ? format(t.version, { n: d.latest.versionNumber }) : '—'],
        ]}
      />
      {d.description ? (
        <div className="mt-4">
          <h2 className="text-sm font-semibold text-slate-700">{t.description}</h2>
          <p dir="auto" className="mt-1 whitespace-pre-line text-slate-900">
            {d.description}
          </p>
        </div>
      ) : null}
      {approved?.review ? (
        <p className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900" role="note">
          {fill(t.signOff, {
            name: <UserText>{approved.review.reviewer.name}</UserText>,
            date: formatWhen(approved.review.decidedAt),
            n: approved.versionNumber,
          })}
        </p>
      ) : null}
    </Card>
  )
}
