// Automatic reviewer assignment: N reviewers per application, spread so that every reviewer
// carries about the same load, never one who declared a conflict (or already holds a review
// of it) and never the applicant themself.
export interface AssignApplication {
  id: string
  applicantId: string
  /** Reviewers who already hold a review of it, recused ones included. */
  reviewerIds: string[]
  /** Reviews that still count towards N (not recused). */
  active: number
}

export interface AssignReviewer {
  id: string
  /** Reviews already carried in this cycle. */
  load: number
}

export interface AssignPlan {
  assignments: { applicationId: string; reviewerId: string }[]
  /** Applications that could not reach N (too few reviewers without a conflict). */
  shortfall: { applicationId: string; missing: number }[]
}

export function planAssignments(apps: AssignApplication[], reviewers: AssignReviewer[], perApplication: number): AssignPlan {
  const load = new Map(reviewers.map((r) => [r.id, r.load]))
  const order = new Map(reviewers.map((r, i) => [r.id, i]))
  const assignments: AssignPlan['assignments'] = []
  const shortfall: AssignPlan['shortfall'] = []
  // Applications with fewest reviewers first, so scarce reviewers go where they are needed most.
  const queue = [...apps].sort((a, b) => a.active - b.active || a.id.localeCompare(b.id))
  for (const app of queue) {
    const need = perApplication - app.active
    if (need <= 0) continue
    const taken = new Set([...app.reviewerIds, app.applicantId])
    const candidates = reviewers
      .filter((r) => !taken.has(r.id))
      .sort((a, b) => load.get(a.id)! - load.get(b.id)! || order.get(a.id)! - order.get(b.id)!)
      .slice(0, need)
    for (const r of candidates) {
      assignments.push({ applicationId: app.id, reviewerId: r.id })
      load.set(r.id, load.get(r.id)! + 1)
    }
    if (candidates.length < need) shortfall.push({ applicationId: app.id, missing: need - candidates.length })
  }
  return { assignments, shortfall }
}
