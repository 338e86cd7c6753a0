// The recruitment area's own navigation (board, call, reviewers, ranking, interviews, interview
// times, waitlist, offers).
import Link from '@/components/ui/link'
import type { Messages } from '@/lib/i18n/messages'

const SECTIONS = ['board', 'call', 'assignment', 'ranking', 'interviews', 'slots', 'waitlist', 'offers'] as const
export type RecruitmentSection = (typeof SECTIONS)[number]

export function RecruitmentNav({ cycleId, current, m }: { cycleId: string; current: RecruitmentSection; m: Messages }) {
  const t = m.recruitment.nav
  const base = `/staff/cycles/${cycleId}/recruitment`
  const href = (s: RecruitmentSection) => (s === 'board' ? base : `${base}/${s}`)
  return (
    <nav aria-label={t.label} className="mb-6 flex flex-wrap items-center gap-2 text-sm">
      <Link href={`/staff/cycles/${cycleId}`} className="me-2 font-medium text-emerald-800 underline">
        {t.backToCycle}
      </Link>
      {SECTIONS.map((s) => (
        <Link
          key={s}
          href={href(s)}
          aria-current={s === current ? 'page' : undefined}
          className={`rounded-full px-3 py-1 ${s === current ? 'bg-emerald-800 text-white' : 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-100'}`}
        >
          {s === 'slots' ? m.slots.nav : s === 'waitlist' ? m.waitlist.nav : t[s]}
        </Link>
      ))}
    </nav>
  )
}
