// The emails about referees, queued in the caller's transaction. The referee's carries the
// single-use link, so it is marked secret: the staff outbox never shows its body.
import { mailTemplates } from '../notifications/templates'
import { appUrl, queueMail } from '../server/mailer'
import { refereeEmails } from '../i18n/emails/referees'
import type { CycleNames } from '../i18n/emails/recruitment'
import { bothDates } from '../recruitment/notify'
import type { Tx } from '../server/tx'

export const refereeLinkPath = (token: string) => `/referee/${token}`

export interface RequestMail {
  cycle: CycleNames
  referee: { name: string; email: string; relation: string }
  applicant: string
  deadline: Date | null
  token: string
}

export async function queueLetterRequest(tx: Tx, kind: 'request' | 'reminder', v: RequestMail) {
  const deadline = v.deadline ? bothDates(v.deadline) : { en: '—', ur: '—' }
  const text = refereeEmails[kind](v.cycle, { referee: v.referee.name, applicant: v.applicant, relation: v.referee.relation, deadline })
  const t = mailTemplates.notice({ ...text, url: appUrl(refereeLinkPath(v.token)) })
  return queueMail(tx, { to: v.referee.email, userId: null, kind: `referee.${kind}`, ...t, secret: true })
}

export async function queueApplicantNotice(
  tx: Tx,
  to: { id: string; email: string; name: string },
  v: { cycle: CycleNames; referee: string } & ({ kind: 'received' } | { kind: 'awaited'; deadline: Date | null }),
) {
  const text =
    v.kind === 'received'
      ? refereeEmails.received(v.cycle, { applicant: to.name, referee: v.referee })
      : refereeEmails.awaited(v.cycle, {
          applicant: to.name,
          referee: v.referee,
          deadline: v.deadline ? bothDates(v.deadline) : { en: '—', ur: '—' },
        })
  const t = mailTemplates.notice({ ...text, url: appUrl('/apply') })
  return queueMail(tx, { to: to.email, userId: to.id, kind: `referee.${v.kind}`, ...t })
}
