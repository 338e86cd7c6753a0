// Status badges for reporting periods and deliverables: the words carry the meaning, the
// colour only repeats it.
import { Badge } from '@/components/ui/basics'
import type { PeriodStatus } from '@/lib/progress/periods'

const periodTones = { done: 'good', late: 'warn', missing: 'bad', due: 'info', upcoming: 'neutral' } as const

export function PeriodBadge({ status, labels }: { status: PeriodStatus; labels: Record<PeriodStatus, string> }) {
  return <Badge tone={periodTones[status]}>{labels[status]}</Badge>
}

type DeliverableStatus = 'NOT_STARTED' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'APPROVED'
const deliverableTones = { NOT_STARTED: 'neutral', SUBMITTED: 'info', CHANGES_REQUESTED: 'warn', APPROVED: 'good' } as const

export function DeliverableBadge({
  status,
  labels,
  overdue,
}: {
  status: DeliverableStatus
  labels: Record<DeliverableStatus, string>
  overdue?: string
}) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={deliverableTones[status]}>{labels[status]}</Badge>
      {overdue ? <Badge tone="bad">{overdue}</Badge> : null}
    </span>
  )
}
