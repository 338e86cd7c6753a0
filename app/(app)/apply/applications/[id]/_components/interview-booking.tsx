// An invited applicant's interview: the time booked (with where, the calendar file and until
// when it may move), and the open times to book or move to. A plain form: works without JavaScript.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { MyInterviewBooking } from '@/lib/recruitment/slots/queries'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { Card } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField } from '@/components/ui/form'
import { InterviewPlace } from '@/components/recruitment/interview-place'
import { fill } from '@/components/ui/user-text'
import { bookSlotAction } from '../actions'

export function InterviewBooking({ b, m, locale }: { b: MyInterviewBooking; m: Messages; locale: Locale }) {
  const t = m.slots.apply
  const iv = b.booked
  const chooser = !iv || b.mayMove
  return (
    <Card title={t.title}>
      {iv ? (
        <div className="space-y-2">
          <p className="font-medium">
            {format(t.bookedAt, {
              date: formatDateTime(iv.scheduledAt, locale),
              minutes: iv.durationMinutes,
              mode: m.recruitment.modes[iv.mode],
            })}
          </p>
          {iv.location ? <p>{fill(t.where, { place: <InterviewPlace location={iv.location} /> }, locale)}</p> : null}
          <p>
            <a href={`/apply/applications/${b.applicationId}/ics`} className="font-medium text-emerald-800 underline" download>
              {t.calendar}
            </a>
          </p>
          <p className="text-sm text-slate-700">
            {!iv.slotId
              ? t.staffArranged
              : b.mayMove
                ? format(t.moveUntil, { date: formatDateTime(b.moveUntil, locale) })
                : format(t.noMove, { date: formatDateTime(b.moveUntil, locale) })}
          </p>
        </div>
      ) : (
        <p>{format(t.invited, { hours: b.hours })}</p>
      )}
      {chooser ? (
        <div className="mt-4">
          <h3 className="mb-2 font-semibold">{iv ? t.moveTitle : t.openTimes}</h3>
          {b.open.length ? (
            <ActionForm action={bookSlotAction} submitLabel={iv ? t.move : t.book} aria-label={iv ? t.moveTitle : t.openTimes}>
              <Hidden name="applicationId" value={b.applicationId} />
              <SelectField
                name="slotId"
                label={t.chooseTime}
                required
                placeholder={t.chooseTime}
                options={b.open.map((s) => ({
                  value: s.id,
                  label: format(t.slotLabel, {
                    date: formatDateTime(s.startsAt, locale),
                    minutes: s.durationMinutes,
                    mode: m.recruitment.modes[s.mode],
                  }),
                }))}
              />
            </ActionForm>
          ) : (
            <p className="text-sm text-slate-700">{t.noOpen}</p>
          )}
        </div>
      ) : null}
    </Card>
  )
}
