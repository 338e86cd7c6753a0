// Who hears about a deliverable: the named reviewer (else every active partner of the
// department) when a version comes in; the fellows placed on the project when it is decided
// or discussed. Mails are queued inside the caller's transaction.
import type { Tx } from '../server/tx'
import { appUrl, queueMail } from '../server/mailer'
import { mailTemplates } from '../notifications/templates'
import { livePlacement } from '../fellowships/scope'

type Recipient = { id: string; name: string; email: string }

export async function deliverableReviewers(
  tx: Tx,
  d: { reviewerId: string | null; project: { departmentId: string } },
): Promise<Recipient[]> {
  return tx.user.findMany({
    where: d.reviewerId ? { id: d.reviewerId, active: true } : { role: 'PARTNER', active: true, departmentId: d.project.departmentId },
    select: { id: true, name: true, email: true },
  })
}

export async function projectFellows(tx: Tx, projectId: string): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { active: true, fellowships: { some: { status: 'ACTIVE', placements: { some: { ...livePlacement, projectId } } } } },
    select: { id: true, name: true, email: true },
  })
}

export async function mailEach(
  tx: Tx,
  to: Recipient[],
  kind: string,
  path: string,
  text: (r: Recipient) => { subjectEn: string; subjectUr: string; en: string; ur: string },
) {
  const ids: string[] = []
  for (const r of to) {
    const mail = mailTemplates.notice({ ...text(r), url: appUrl(path) })
    ids.push(await queueMail(tx, { to: r.email, userId: r.id, kind, ...mail }))
  }
  return ids
}
