// Letters of recommendation on the staff application page: every referee the applicant named
// (replaced ones greyed, for the record), each letter's text and uploaded file, and in a blind
// cycle the redacted text staff may release to reviewers. The action comes in as a prop.
import type { ActionState } from '@/lib/server/action-state'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { StaffLetter } from '@/lib/referees/queries'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { Badge, Card } from '@/components/ui/basics'
import { ActionForm, CheckboxField, Hidden, TextAreaField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>

export function StaffLetters({
  m,
  locale,
  letters,
  blind,
  fileHref,
  redact,
}: {
  m: Messages
  locale: Locale
  letters: StaffLetter[]
  blind: boolean
  fileHref: (refereeId: string) => string
  redact: Action
}) {
  const t = m.referees.staff
  return (
    <Card title={t.title}>
      {letters.length === 0 ? <p className="text-sm text-slate-700">{t.none}</p> : null}
      <ul className="space-y-4">
        {letters.map((r) => (
          <li key={r.id} className={`rounded-md border border-slate-300 p-3 ${r.status === 'REPLACED' ? 'opacity-75' : ''}`}>
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">
                <UserText>{r.name}</UserText>
              </span>
              <Badge tone={r.status === 'RECEIVED' ? 'good' : r.status === 'REPLACED' ? 'neutral' : 'info'}>
                {m.referees.statuses[r.status]}
              </Badge>
            </p>
            <p className="text-sm text-slate-700">
              <span dir="ltr">{r.email}</span> · <UserText>{r.relation}</UserText>
            </p>
            {r.status === 'REPLACED' ? (
              <p className="text-sm text-slate-700">{format(t.replacedNote, { date: formatDateTime(r.replacedAt, locale) })}</p>
            ) : null}
            {r.status === 'REQUESTED' ? (
              <p className="text-sm text-slate-700">
                {t.notYet}
                {r.reminderCount ? ` ${format(t.reminded, { n: r.reminderCount }, locale)}` : ''}
              </p>
            ) : null}
            {r.status === 'RECEIVED' ? (
              <div className="mt-2 space-y-2">
                <p className="text-sm text-slate-700">
                  {format(m.referees.applicant.receivedOn, { date: formatDateTime(r.receivedAt, locale) })}
                </p>
                {r.letterText ? (
                  <p dir="auto" className="rounded-md bg-slate-50 p-3 whitespace-pre-wrap">
                    {r.letterText}
                  </p>
                ) : null}
                {r.letterFileName ? (
                  <p className="text-sm">
                    {fill(
                      t.file,
                      {
                        name: (
                          <a href={fileHref(r.id)} className="font-medium text-emerald-800 underline" dir="auto">
                            {r.letterFileName}
                          </a>
                        ),
                      },
                      locale,
                    )}
                  </p>
                ) : null}
                {blind ? (
                  <details className="rounded-md border border-slate-200 p-2" open={!!r.redactedText}>
                    <summary className="cursor-pointer font-medium">
                      {t.blindTitle}: {r.releasedAt ? format(t.releasedOn, { date: formatDateTime(r.releasedAt, locale) }) : t.notReleased}
                    </summary>
                    <p className="my-2 text-sm text-slate-700">{t.blindHint}</p>
                    <ActionForm action={redact} submitLabel={t.saveRedaction} aria-label={`${t.blindTitle}: ${r.name}`}>
                      <Hidden name="refereeId" value={r.id} />
                      <Hidden name="version" value={r.version} />
                      <TextAreaField name="redactedText" label={t.redacted} defaultValue={r.redactedText} rows={8} dir="auto" />
                      <CheckboxField name="release" label={t.release} defaultChecked={!!r.releasedAt} />
                    </ActionForm>
                  </details>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  )
}
