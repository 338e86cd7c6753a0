// "Fellows: Health Department", "Applicants: Interview": an announcement's audience as sent.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import { localText } from '@/lib/i18n/local-text'
import { format } from '@/lib/i18n/define'
import type { Audience } from '@/lib/announcements/schema'
import { fill, UserText } from '../ui/user-text'

type Named = { name: string; nameUr: string | null } | null
type Titled = { title: string; titleUr: string | null } | null

export function AudienceLabel({
  m,
  locale,
  a,
}: {
  m: Messages
  locale: Locale
  a: { audience: Audience; stage: string | null; department: Named; project: Titled }
}) {
  const t = m.announcements
  const scope = a.project
    ? localText(locale, a.project.title, a.project.titleUr)
    : a.department
      ? localText(locale, a.department.name, a.department.nameUr)
      : a.stage
        ? m.recruitment.stages[a.stage as keyof Messages['recruitment']['stages']]
        : null
  if (!scope) return <>{t.audiences[a.audience]}</>
  return <>{fill(t.narrowedTo, { audience: t.audiences[a.audience], scope: <UserText>{scope}</UserText> }, locale)}</>
}

/** Delivery counts as one line: sent (read included), read, failed, waiting. */
export function deliveryLine(m: Messages, locale: Locale, d: Record<'QUEUED' | 'SENDING' | 'SENT' | 'FAILED' | 'READ', number>) {
  return format(
    m.announcements.deliverySummary,
    { sent: d.SENT + d.READ, read: d.READ, failed: d.FAILED, waiting: d.QUEUED + d.SENDING },
    locale,
  )
}
