// A round's state as a badge: being prepared, open, or released to fellows.
import { Badge } from '@/components/ui/basics'

export function RoundState({
  round,
  labels,
}: {
  round: { openedAt: Date | null; releasedAt: Date | null }
  labels: { preparing: string; open: string; released: string }
}) {
  if (round.releasedAt) return <Badge tone="good">{labels.released}</Badge>
  if (round.openedAt) return <Badge tone="info">{labels.open}</Badge>
  return <Badge>{labels.preparing}</Badge>
}
