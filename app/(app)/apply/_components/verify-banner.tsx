// Shown until the applicant confirms their email: submission needs it; a new link is one click.
import type { Messages } from '@/lib/i18n/messages'
import { ActionForm, Hidden } from '@/components/ui/form'
import { fill } from '@/components/ui/user-text'
import { resendVerificationAction } from '../actions'

export function VerifyBanner({ m, email, next }: { m: Messages; email: string; next: string }) {
  const t = m.recruitment.apply
  return (
    <section aria-label={t.verifyTitle} className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">{t.verifyTitle}</h2>
      <p className="mb-3 text-sm">{fill(t.verifyBody, { email: <span dir="ltr">{email}</span> })}</p>
      <ActionForm
        action={resendVerificationAction}
        submitLabel={t.resend}
        submitVariant="secondary"
        className="space-y-2"
        aria-label={t.resend}
      >
        <Hidden name="next" value={next} />
      </ActionForm>
    </section>
  )
}
