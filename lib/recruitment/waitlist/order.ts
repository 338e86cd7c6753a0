// The waitlist's order: ranks 1..n without gaps among a cycle's WAITLISTED applications, and
// none on any other. Every write that puts an application on, off or within the list calls
// rankWaitlist inside its unit of work, after locking the cycle's row, so two writers take
// turns and the ranks stay contiguous. Not server-only: it only takes the transaction.
import type { Tx } from '../../server/tx'

/**
 * Renumbers the cycle's waitlist, putting `move.applicationId` at `move.rank` (past the end: last)
 * when given. Applications newly on the list without a rank go last, best score first.
 * Returns the list in order.
 */
export async function rankWaitlist(tx: Tx, cycleId: string, move?: { applicationId: string; rank: number | null }) {
  const rows = await tx.application.findMany({
    where: { cycleId, OR: [{ stage: 'WAITLISTED' }, { waitlistRank: { not: null } }] },
    orderBy: [{ waitlistRank: { sort: 'asc', nulls: 'last' } }, { scoreMean: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    select: { id: true, stage: true, waitlistRank: true },
  })
  const listed = rows.filter((r) => r.stage === 'WAITLISTED')
  let order = listed.map((r) => r.id)
  if (move) {
    order = order.filter((id) => id !== move.applicationId)
    const at = move.rank === null ? order.length : Math.min(Math.max(move.rank, 1), order.length + 1) - 1
    if (listed.some((r) => r.id === move.applicationId)) order.splice(at, 0, move.applicationId)
  }
  const want = new Map(order.map((id, i) => [id, i + 1]))
  for (const r of rows) {
    const rank = want.get(r.id) ?? null
    if (r.waitlistRank !== rank) await tx.application.update({ where: { id: r.id }, data: { waitlistRank: rank } })
  }
  return order
}
