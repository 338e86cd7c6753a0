// A deliverable's state as every role sees it: its statuses in order, and when it is overdue.
// No database here, so components and pages can share it (decision 013).

export const DELIVERABLE_STATUSES = ['NOT_STARTED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'] as const
export type DeliverableStatusName = (typeof DELIVERABLE_STATUSES)[number]

/** A deliverable is overdue once its due date has passed without an approved version. */
export function isOverdue(d: { dueDate: Date | null; status: string }, now = new Date()) {
  return !!d.dueDate && d.dueDate < now && d.status !== 'APPROVED'
}
