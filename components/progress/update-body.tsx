// A progress update as read by the fellow, staff or the partner.
import { LinkList } from './link-list'

export function UpdateBody({
  update,
  labels,
}: {
  update: { accomplishments: string; blockers: string | null; nextSteps: string | null; hours: number | null; links: string[] }
  labels: { accomplishments: string; blockers: string; nextSteps: string; hours: string; links: string }
}) {
  const rows: [string, React.ReactNode][] = [[labels.accomplishments, update.accomplishments]]
  if (update.blockers) rows.push([labels.blockers, update.blockers])
  if (update.nextSteps) rows.push([labels.nextSteps, update.nextSteps])
  if (update.hours !== null) rows.push([labels.hours, String(update.hours)])
  if (update.links.length) rows.push([labels.links, <LinkList key="links" links={update.links} />])
  return (
    <dl className="space-y-4">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="text-sm font-semibold text-slate-700">{k}</dt>
          <dd dir="auto" className="mt-1 whitespace-pre-line text-slate-900">
            {v}
          </dd>
        </div>
      ))}
    </dl>
  )
}
