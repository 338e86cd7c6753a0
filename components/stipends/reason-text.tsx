// Why a payment line is what it is, in words; a retry also shows why the last attempt failed
// (staff's words, direction-isolated).
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import type { LineReason } from '@/lib/stipends/prorate'
import { describeReason } from './describe'
import { WithName } from './with-name'

export function ReasonText({ reason, m, locale }: { reason: LineReason; m: Messages; locale: Locale }) {
  return (
    <>
      {describeReason(m, locale, reason)}
      {reason.kind === 'retry' && reason.previous ? (
        <>
          {' ('}
          <WithName template={m.stipends.reasons.previous.replace('{reason}', '{name}')} name={reason.previous} vars={{}} locale={locale} />
          {')'}
        </>
      ) : null}
    </>
  )
}
