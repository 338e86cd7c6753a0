// Letters on a reviewer's page: in a cycle not reviewed blind, each letter with its referee and
// any uploaded file; in a blind one only the redacted texts staff released, unnamed.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { ReviewerLetter } from '@/lib/referees/queries'
import { format } from '@/lib/i18n/define'
import { Card } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'

export function ReviewerLetters({
  m,
  locale,
  blind,
  letters,
  fileHref,
}: {
  m: Messages
  locale: Locale
  blind: boolean
  letters: ReviewerLetter[]
  fileHref: (refereeId: string) => string
}) {
  const t = m.referees.reviewer
  return (
    <Card title={t.title}>
      {letters.length === 0 ? <p className="text-sm text-slate-700">{blind ? t.blindNone : t.none}</p> : null}
      <ul className="space-y-4">
        {letters.map((l) =>
          l.kind === 'redacted' ? (
            <li key={`r${l.n}`}>
              <h3 className="mb-1 font-semibold">{format(t.redactedN, { n: l.n })}</h3>
              <p dir="auto" className="rounded-md bg-slate-50 p-3 whitespace-pre-wrap">
                {l.text}
              </p>
            </li>
          ) : (
            <li key={l.id}>
              <h3 className="mb-1 font-semibold">
                {fill(t.from, { name: <UserText>{l.name}</UserText>, relation: <UserText>{l.relation}</UserText> }, locale)}
              </h3>
              {l.text ? (
                <p dir="auto" className="rounded-md bg-slate-50 p-3 whitespace-pre-wrap">
                  {l.text}
                </p>
              ) : null}
              {l.fileName ? (
                <p className="mt-1 text-sm">
                  <a href={fileHref(l.id)} className="font-medium text-emerald-800 underline">
                    {t.download}
                  </a>{' '}
                  (<UserText>{l.fileName}</UserText>)
                </p>
              ) : null}
            </li>
          ),
        )}
      </ul>
    </Card>
  )
}
