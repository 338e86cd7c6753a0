// The form to check a certificate by its code: a plain GET to /verify (works without
// JavaScript; the page sends a well-formed code on to /verify/<code>).
import type { Messages } from '@/lib/i18n/messages'
import { buttonClass, inputClass } from '@/components/ui/styles'

export function VerifyForm({ m, value, error }: { m: Messages; value?: string; error?: string }) {
  const t = m.certificates.verify
  return (
    <form method="get" action="/verify" className="max-w-md space-y-3" aria-label={t.title}>
      <div className="space-y-1">
        <label htmlFor="verify-code" className="block text-sm font-medium text-slate-900">
          {t.code}
        </label>
        <p id="verify-code-hint" className="text-sm text-slate-600">
          {t.hint}
        </p>
        <input
          id="verify-code"
          name="code"
          required
          aria-required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          dir="ltr"
          defaultValue={value}
          aria-invalid={!!error}
          aria-describedby={error ? 'verify-code-hint verify-code-error' : 'verify-code-hint'}
          className={`${inputClass} font-mono`}
        />
        {error ? (
          <p id="verify-code-error" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonClass.primary}>
        {t.check}
      </button>
    </form>
  )
}
