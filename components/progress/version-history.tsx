// The versions of a deliverable, newest first, each with its files, links and the decision on it.
import { format } from '@/lib/i18n/define'
import type { DeliverableDetail } from '@/lib/deliverables/queries'
import type { Messages } from '@/lib/i18n/messages'
import { Badge } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { LinkList } from './link-list'

export function VersionHistory({
  d,
  t,
  formatWhen,
}: {
  d: DeliverableDetail
  t: Messages['deliverables']
  formatWhen: (x: Date) => string
}) {
  if (!d.submissions.length) return <p className="text-slate-700">{t.noVersions}</p>
  return (
    <ol className="space-y-4">
      {d.submissions.map((s, i) => (
        <li key={s.id} className="rounded-md border border-slate-300 p-4">
          <h3 className="font-semibold text-slate-900">{format(t.version, { n: s.versionNumber })}</h3>
          <p className="text-sm text-slate-700">
            {fill(t.submittedBy, { name: <UserText>{s.submittedBy.name}</UserText>, date: formatWhen(s.submittedAt) })}
          </p>
          {s.notes ? (
            <p dir="auto" className="mt-2 whitespace-pre-line text-slate-900">
              {s.notes}
            </p>
          ) : null}
          {s.files.length ? (
            <div className="mt-2">
              <h4 className="text-sm font-semibold text-slate-700">{t.files}</h4>
              <ul className="list-disc ps-5">
                {s.files.map(({ file }) => (
                  <li key={file.id}>
                    <a href={`/files/${file.id}`} className="text-emerald-800 underline" dir="auto">
                      {file.originalName}
                    </a>{' '}
                    <span className="text-sm text-slate-600" dir="ltr">
                      ({Math.max(1, Math.round(file.sizeBytes / 1024))} KB)
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {s.links.length ? (
            <div className="mt-2">
              <h4 className="text-sm font-semibold text-slate-700">{t.links}</h4>
              <LinkList links={s.links} />
            </div>
          ) : null}
          <div className="mt-3 border-t border-slate-200 pt-2">
            {s.review ? (
              <>
                <p>
                  <Badge tone={s.review.decision === 'APPROVED' ? 'good' : 'warn'}>{t.decisions[s.review.decision]}</Badge>{' '}
                  <span className="text-sm text-slate-700">
                    {fill(t.decisionBy, {
                      decision: t.decisions[s.review.decision],
                      name: <UserText>{s.review.reviewer.name}</UserText>,
                      date: formatWhen(s.review.decidedAt),
                    })}
                  </span>
                </p>
                {s.review.comments ? (
                  <p dir="auto" className="mt-1 whitespace-pre-line text-slate-900">
                    {s.review.comments}
                  </p>
                ) : null}
              </>
            ) : (
              <p className="text-sm text-slate-700">{i === 0 ? t.waiting : t.superseded}</p>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
