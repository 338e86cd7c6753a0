// "A place is free: offer it to <next> (rank 1)", confirmed in one step: shown on the waitlist,
// the offers page and the board whenever places are free and someone is waiting. Nothing is
// offered until a staff member presses the button.
import Link from '@/components/ui/link'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { CycleWaitlist } from '@/lib/recruitment/waitlist/queries'
import { format } from '@/lib/i18n/define'
import { toKarachiLocal } from '@/lib/i18n/format'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'
import { offerNextAction } from '../_actions/waitlist'

export function OfferNext({
  w,
  cycleId,
  m,
  locale,
  linkToWaitlist = false,
}: {
  w: CycleWaitlist
  cycleId: string
  m: Messages
  locale: Locale
  linkToWaitlist?: boolean
}) {
  const t = m.waitlist
  if (w.places.free < 1) return null
  const next = w.next
  // 5 pm Pakistan time on the usual deadline's day.
  const respondBy = `${toKarachiLocal(w.respondBy, false)}T17:00`
  return (
    <section aria-labelledby="offer-next" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="offer-next" className="mb-2 font-semibold text-amber-950">
        {t.freeTitle}
      </h2>
      {next ? (
        <>
          <p className="mb-3">{fill(t.freeOffer, { name: <UserText>{next.applicant.name}</UserText> }, locale)}</p>
          {/* Another person's offer is another form: what was typed for one never goes to the next. */}
          <ActionForm
            key={next.id}
            action={offerNextAction}
            submitLabel={t.offerButton}
            className="grid grid-cols-1 items-start gap-3 md:grid-cols-2"
            aria-label={t.freeTitle}
          >
            <Hidden name="cycleId" value={cycleId} />
            <Hidden name="applicationId" value={next.id} />
            <TextField name="respondBy" type="datetime-local" label={t.respondBy} required defaultValue={respondBy} />
            <TextAreaField name="message" label={t.message} rows={2} />
          </ActionForm>
        </>
      ) : (
        <p>{format(t.freeNoOne, { free: w.places.free }, locale)}</p>
      )}
      {linkToWaitlist ? (
        <p className="mt-2 text-sm">
          <Link href={`/staff/cycles/${cycleId}/recruitment/waitlist`} className="font-medium text-emerald-800 underline">
            {t.openWaitlist}
          </Link>
        </p>
      ) : null}
    </section>
  )
}
