import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { resetPasswordAction } from '../forgot-password/actions'

export const generateMetadata = titled((m) => m.auth.resetTitle)

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { m } = await getI18n()
  const { token } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-4 text-2xl font-bold">{m.auth.resetTitle}</h1>
        {token ? (
          <ActionForm action={resetPasswordAction} submitLabel={m.auth.resetButton}>
            <Hidden name="token" value={token} />
            <TextField
              name="password"
              type="password"
              label={m.auth.newPassword}
              hint={m.auth.passwordHint}
              required
              autoComplete="new-password"
              dir="ltr"
            />
            <TextField name="confirm" type="password" label={m.auth.confirmPassword} required autoComplete="new-password" dir="ltr" />
          </ActionForm>
        ) : (
          <p>{m.errors.tokenInvalid}</p>
        )}
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="font-medium text-emerald-800 underline">
            {m.common.signIn}
          </Link>
        </p>
      </Card>
    </div>
  )
}
