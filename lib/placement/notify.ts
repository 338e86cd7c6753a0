// Emails of the placement stage, each in English and Urdu, queued inside the caller's
// transaction (so a rolled-back change sends nothing) and delivered after it commits.
import type { Tx } from '../server/tx'
import { appUrl, queueMail } from '../server/mailer'
import { mailTemplates } from '../notifications/templates'
import { placementEmails } from '../i18n/emails/placement'
import type { BilingualText } from '../i18n/emails/define'

export interface Recipient {
  to: string
  userId: string | null
  name: string
}

/** The department's active partner accounts, plus focal contacts who have no account. */
export async function departmentRecipients(tx: Tx, departmentId: string, focalContactIds: string[] = []): Promise<Recipient[]> {
  const [users, contacts] = await Promise.all([
    tx.user.findMany({ where: { departmentId, role: 'PARTNER', active: true }, select: { id: true, email: true, name: true } }),
    focalContactIds.length
      ? tx.partnerContact.findMany({
          where: { id: { in: focalContactIds }, departmentId, archivedAt: null },
          select: { email: true, name: true },
        })
      : Promise.resolve([]),
  ])
  const out: Recipient[] = users.map((u) => ({ to: u.email, userId: u.id, name: u.name }))
  for (const c of contacts)
    if (!out.some((r) => r.to.toLowerCase() === c.email.toLowerCase())) out.push({ to: c.email, userId: null, name: c.name })
  return out
}

type Bilingual = BilingualText & { path: string }

export async function queueNotice(tx: Tx, to: Recipient, kind: string, text: Bilingual): Promise<string> {
  const t = mailTemplates.notice({ subjectEn: text.subjectEn, subjectUr: text.subjectUr, en: text.en, ur: text.ur, url: appUrl(text.path) })
  return queueMail(tx, { to: to.to, userId: to.userId, kind, ...t })
}

const t = placementEmails
const at =
  <V>(text: (v: V) => BilingualText, path: string) =>
  (v: V): Bilingual => ({ ...text(v), path })

export const placementMail = {
  projectReviewed: at(t.projectReviewed, '/partner/projects'),
  windowOpen: at(t.windowOpen, '/fellow/preferences'),
  reminder: at(t.reminder, '/fellow/preferences'),
  fellowPlaced: at(t.fellowPlaced, '/fellow/preferences'),
  departmentPlaced: at(t.departmentPlaced, '/partner/projects'),
  fellowMoved: at(t.fellowMoved, '/fellow/preferences'),
  departmentChange: at(t.departmentChange, '/partner/projects'),
}
