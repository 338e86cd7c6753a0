// A fellow browses the approved projects of their cycle and ranks them, with a short reason,
// while the preference window is open; once placements are published, their placement shows here.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { getPreferenceBoard } from '@/lib/placement/queries/fellow'
import { windowState } from '@/lib/placement/access'
import { Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField, TextAreaField } from '@/components/ui/form'
import { ProjectText } from '@/components/placement/project-text'
import { saveFellowPreferencesAction } from './actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.placement.fellow.title)

export default async function PreferencesPage() {
  const viewer = await requirePermission('preference:write:own')
  const { m, locale } = await getI18n()
  const board = await getPreferenceBoard(viewer)
  const t = m.placement.fellow
  if (!board) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.noFellowship}</EmptyState>
      </>
    )
  }
  const state = windowState(board.cycle)
  const open = state === 'open'
  const rankOf = new Map(board.preferences.map((p) => [p.projectId, p]))
  const title = (p: { title: string; titleUr: string | null }) => localText(locale, p.title, p.titleUr)
  const windowText = {
    unset: t.windowUnset,
    upcoming: format(t.windowUpcoming, { opens: formatDateTime(board.cycle.preferenceOpensAt, locale) }),
    open: format(t.windowOpen, { closes: formatDateTime(board.cycle.preferenceClosesAt, locale) }),
    closed: format(t.windowClosed, { closes: formatDateTime(board.cycle.preferenceClosesAt, locale) }),
  }[state]
  const rankOptions = [{ value: '', label: t.notRanked }, ...board.projects.map((_, i) => ({ value: String(i + 1), label: String(i + 1) }))]
  const ranked = [...board.preferences].sort((a, b) => a.rank - b.rank)
  return (
    <>
      <PageHeader
        title={t.title}
        description={`${localText(locale, board.cycle.programme.name, board.cycle.programme.nameUr)} — ${localName(locale)(board.cycle)}`}
      />
      <div className="space-y-6">
        {board.placement ? (
          <Card title={t.placedTitle}>
            <p className="mb-3">
              {format(t.placedBody, {
                department: localText(locale, board.placement.project.department.name, board.placement.project.department.nameUr),
                project: title(board.placement.project),
                start: formatDate(board.placement.startDate, locale),
              })}
            </p>
            <Link href={`/fellow/preferences/letter/${board.placement.id}`} className="font-medium text-emerald-800 underline">
              {t.letter}
            </Link>
            {open ? <p className="mt-3 text-sm text-slate-700">{t.alreadyPlaced}</p> : null}
          </Card>
        ) : null}

        <p
          className={`rounded-md border p-3 ${open ? 'border-emerald-300 bg-emerald-50 text-emerald-950' : 'border-slate-300 bg-white text-slate-800'}`}
        >
          {windowText}
        </p>
        <p className="text-slate-700">{t.intro}</p>

        {board.projects.length === 0 ? (
          <EmptyState>{t.noProjects}</EmptyState>
        ) : open ? (
          <ActionForm action={saveFellowPreferencesAction} submitLabel={t.save} aria-label={t.title}>
            <Hidden name="fellowshipId" value={board.id} />
            <div className="space-y-4">
              {board.projects.map((p) => {
                const mine = rankOf.get(p.id)
                return (
                  <article key={p.id} className="rounded-lg border border-slate-300 bg-white p-5" aria-labelledby={`project-${p.id}`}>
                    <h2 id={`project-${p.id}`} className="text-lg font-semibold text-slate-900">
                      {title(p)}
                    </h2>
                    <p className="mb-3 text-sm text-slate-700">
                      {localText(locale, p.department.name, p.department.nameUr)} · {format(t.seats, { n: p.seats })}
                    </p>
                    <ProjectText m={m} project={p} />
                    <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-3">
                      <SelectField
                        name={`rank_${p.id}`}
                        label={format(t.rank, { project: title(p) })}
                        defaultValue={mine ? String(mine.rank) : ''}
                        options={rankOptions}
                      />
                      <div className="md:col-span-2">
                        <TextAreaField
                          name={`reason_${p.id}`}
                          label={t.reason}
                          hint={t.reasonHint}
                          rows={2}
                          dir="auto"
                          defaultValue={mine?.reason}
                        />
                      </div>
                    </div>
                  </article>
                )
              })}
            </div>
          </ActionForm>
        ) : (
          <Card title={t.yourRanking}>
            {ranked.length === 0 ? (
              <p className="text-slate-700">{t.noneRanked}</p>
            ) : (
              <ol className="list-decimal space-y-2 ps-6">
                {ranked.map((r) => {
                  const p = board.projects.find((x) => x.id === r.projectId)
                  return (
                    <li key={r.projectId}>
                      <span className="font-medium">{p ? title(p) : '—'}</span>
                      {p ? (
                        <span className="text-sm text-slate-700"> · {localText(locale, p.department.name, p.department.nameUr)}</span>
                      ) : null}
                      {r.reason ? (
                        <span className="block text-sm text-slate-700" dir="auto">
                          {r.reason}
                        </span>
                      ) : null}
                    </li>
                  )
                })}
              </ol>
            )}
          </Card>
        )}
      </div>
    </>
  )
}
