// A corrected progress update's earlier texts, for the fellow, staff and the partner: closed
// by default (a <details>, so it opens without JavaScript), oldest first, each with when it was
// replaced and the fellow's reason.
import { format } from '@/lib/i18n/define'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { fill, UserText } from '@/components/ui/user-text'
import { UpdateBody } from './update-body'

export interface Revision {
  id: string
  createdAt: Date
  reason: string | null
  accomplishments: string
  blockers: string | null
  nextSteps: string | null
  hours: number | null
  links: string[]
}

export function CorrectionHistory({
  revisions,
  submittedAt,
  t,
  locale,
  formatWhen,
}: {
  revisions: Revision[]
  submittedAt: Date | null
  t: Messages['progress']['updates']
  locale: Locale
  formatWhen: (d: Date) => string
}) {
  if (!revisions.length) return null
  return (
    <section aria-label={t.earlierTitle} className="mt-4 border-t border-slate-200 pt-3">
      <details>
        <summary className="cursor-pointer font-medium text-emerald-800 underline">
          {format(t.showEarlier, { count: revisions.length }, locale)}
        </summary>
        <ol className="mt-3 space-y-4">
          {revisions.map((r, i) => {
            const since = i === 0 ? submittedAt : revisions[i - 1].createdAt
            return (
              <li key={r.id} className="rounded-md border border-slate-300 bg-slate-50 p-4">
                <h3 className="font-semibold text-slate-900">
                  {since ? format(i === 0 ? t.asSubmitted : t.asCorrected, { date: formatWhen(since) }) : t.earlierTitle}
                </h3>
                <p className="mb-3 text-sm text-slate-700">
                  {format(t.replacedOn, { date: formatWhen(r.createdAt) })}
                  {r.reason ? <> {fill(t.reasonGiven, { reason: <UserText>{r.reason}</UserText> }, locale)}</> : null}
                </p>
                <UpdateBody update={r} labels={t} />
              </li>
            )
          })}
        </ol>
      </details>
    </section>
  )
}
