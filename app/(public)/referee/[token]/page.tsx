// A referee's letter page, reached only through the emailed link: no account. It names the
// applicant and the call only while the link is open; an unknown, replaced, expired or used
// link says so without naming anyone. Wrong links count against the address's limit
// (lib/referees/letter.ts). Works without JavaScript; never indexed, never cached.
import type { Metadata } from 'next'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { localName, localText } from '@/lib/i18n/local-text'
import { requestIp } from '@/lib/server/client-ip'
import { findLetterRequest } from '@/lib/referees/letter'
import { uploadLimitBytes } from '@/lib/recruitment/limits'
import { Card } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton, TextAreaField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'
import { FileField } from '@/app/(app)/apply/_components/file-field'
import { submitLetterAction } from './actions'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.referees.letter.title, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

export default async function RefereeLetterPage({ params }: { params: Promise<{ token: string }> }) {
  const { m, locale } = await getI18n()
  const t = m.referees.letter
  const token = String((await params).token ?? '').slice(0, 200)
  const r = await findLetterRequest(token, await requestIp())
  const notice = (title: string, text: string, tone: 'ok' | 'warn') => (
    <div className="mx-auto max-w-2xl">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{title}</h1>
        <p role={tone === 'warn' ? 'alert' : 'status'} className={tone === 'ok' ? 'text-emerald-900' : 'text-slate-800'}>
          {text}
        </p>
      </Card>
    </div>
  )
  if (r.state === 'limited') return notice(t.limitedTitle, t.limited, 'warn')
  if (r.state === 'invalid') return notice(t.invalidTitle, t.invalid, 'warn')
  if (r.state === 'closed') return notice(t.closedTitle, t.closed, 'warn')
  if (r.state === 'received') return notice(t.receivedTitle, t.received, 'ok')
  const maxBytes = uploadLimitBytes()
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>
        {fill(
          t.intro,
          {
            applicant: <UserText>{r.applicantName}</UserText>,
            programme: <UserText>{localText(locale, r.programme.name, r.programme.nameUr)}</UserText>,
            cycle: <UserText>{localName(locale)(r.cycle)}</UserText>,
          },
          locale,
        )}
      </p>
      <p className="font-medium">{format(t.deadline, { date: formatDateTime(r.deadline, locale) })}</p>
      <p className="rounded-md bg-sky-50 p-3 text-sm text-sky-950">{t.private}</p>
      <Card>
        <ActionForm action={submitLetterAction} aria-label={t.title} className="space-y-5">
          <Hidden name="token" value={token} />
          <TextAreaField name="letterText" label={t.textLabel} hint={t.textHint} rows={14} dir="auto" />
          <FileField
            name="letterFile"
            label={t.fileLabel}
            hint={t.fileHint}
            required={false}
            maxBytes={maxBytes}
            texts={{
              optional: m.common.optional,
              tooBig: m.recruitment.apply.fileTooBig,
              current: m.recruitment.apply.currentFile,
              replace: m.recruitment.apply.replaceFile,
              limit: m.recruitment.apply.fileLimit,
            }}
          />
          <p className="text-sm text-slate-700">{t.sendNote}</p>
          <SubmitButton label={t.send} />
        </ActionForm>
      </Card>
    </div>
  )
}
