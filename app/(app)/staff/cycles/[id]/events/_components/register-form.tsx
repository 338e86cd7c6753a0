// The attendance register: one form for every fellow shown, a radio group each (present, late,
// excused, absent, or no mark), saved with one submit. Plain inputs: it works without
// JavaScript, and on a 390 px phone each fellow is a block of buttons that wrap.
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { localName } from '@/lib/i18n/local-text'
import type { ActionState } from '@/lib/server/action-state'
import type { StaffEvent } from '@/lib/events/queries'
import { ATTENDANCE_MARKS } from '@/lib/events/schema'
import { ActionForm, Hidden } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'

const radio = 'h-5 w-5 border-slate-500 text-emerald-800 focus:ring-emerald-700'
const choice =
  'inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1 text-sm has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50'

export function RegisterForm({
  m,
  locale,
  action,
  eventId,
  rows,
}: {
  m: Messages
  locale: Locale
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  eventId: string
  rows: StaffEvent['register']
}) {
  const t = m.events.staff
  const caption = format(t.registerCaption, { count: rows.length }, locale)
  return (
    <ActionForm action={action} submitLabel={t.registerSave} aria-label={t.register} className="space-y-4">
      <Hidden name="eventId" value={eventId} />
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-300" aria-label={caption}>
        {rows.map((r) => (
          <li key={r.fellowshipId} className="p-3">
            <Hidden name="fellowshipIds" value={r.fellowshipId} />
            <fieldset>
              <legend className="font-medium text-slate-900">
                <UserText>{r.name}</UserText>
              </legend>
              <p className="text-xs text-slate-700">
                {r.project ? (
                  <>
                    <UserText>{localName(locale)(r.project)}</UserText> — <UserText>{localName(locale)(r.project.department)}</UserText>{' '}
                    ·{' '}
                  </>
                ) : null}
                {r.answer ? format(t.answerOf, { answer: m.events.answers[r.answer] }) : t.noAnswer}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                {ATTENDANCE_MARKS.map((mark) => (
                  <label key={mark} className={choice}>
                    <input type="radio" name={`mark.${r.fellowshipId}`} value={mark} defaultChecked={r.mark === mark} className={radio} />
                    {m.events.marks[mark]}
                  </label>
                ))}
                <label className={choice}>
                  <input type="radio" name={`mark.${r.fellowshipId}`} value="" defaultChecked={!r.mark} className={radio} />
                  {t.noMark}
                </label>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
    </ActionForm>
  )
}
