// An evaluation's state as a badge: not started, draft, submitted.
import { Badge } from '@/components/ui/basics'

export function EvaluationStatus({
  status,
  labels,
}: {
  status: 'MISSING' | 'DRAFT' | 'SUBMITTED'
  labels: { MISSING: string; DRAFT: string; SUBMITTED: string }
}) {
  return <Badge tone={status === 'SUBMITTED' ? 'good' : status === 'DRAFT' ? 'warn' : 'neutral'}>{labels[status]}</Badge>
}
