// An application's offer: extend one with a deadline, see the answer, or withdraw it.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { StaffApplication } from '@/lib/recruitment/queries/application'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { Badge, Card } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { offerTone } from '@/components/recruitment/tones'
import { extendOfferAction, withdrawOfferAction } from '../_actions/decisions'

export function OfferPanel({
  m,
  locale,
  a,
  seats,
}: {
  m: Messages
  locale: Locale
  a: StaffApplication
  seats: { filled: number; target: number }
}) {
  const t = m.recruitment.detail
  const o = a.offer
  return (
    <Card title={t.offer}>
      <p className="mb-3 text-sm text-slate-700">{format(t.seats, { count: seats.filled, target: seats.target })}</p>
      {o ? (
        <div className="mb-4 space-y-1">
          <p>
            <Badge tone={offerTone(o.status)}>{m.recruitment.offerStatuses[o.status]}</Badge>{' '}
            {format(t.offerDeadline, { date: formatDateTime(o.respondBy, locale) })}
          </p>
          {o.respondedAt ? (
            <p className="text-sm text-slate-700">{format(t.offerAnswered, { date: formatDateTime(o.respondedAt, locale) })}</p>
          ) : null}
          {o.extendedBy ? (
            <p className="text-sm text-slate-700">{fill(t.offerBy, { name: <UserText>{o.extendedBy.name}</UserText> })}</p>
          ) : null}
          {a.fellowship ? <Badge tone="good">{t.fellow}</Badge> : null}
          {a.canWithdrawOffer ? (
            <ActionForm
              action={withdrawOfferAction}
              submitLabel={t.withdrawOffer}
              submitVariant="danger"
              className="mt-2 space-y-2"
              aria-label={t.withdrawOffer}
            >
              <Hidden name="applicationId" value={a.id} />
            </ActionForm>
          ) : null}
        </div>
      ) : null}
      {a.canExtendOffer ? (
        <ActionForm
          action={extendOfferAction}
          submitLabel={t.extendSubmit}
          className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
          aria-label={t.extend}
        >
          <Hidden name="applicationId" value={a.id} />
          <TextField name="respondBy" type="datetime-local" label={t.respondBy} hint={m.recruitment.call.timesHint} required />
          <TextAreaField name="message" label={t.offerMessage} rows={3} />
        </ActionForm>
      ) : o ? null : (
        <p className="text-sm text-slate-700">{t.offerNotYet}</p>
      )}
    </Card>
  )
}
