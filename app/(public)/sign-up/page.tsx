import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { signUpAction } from './actions'

export const generateMetadata = titled((m) => m.auth.signUpTitle)

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { m } = await getI18n()
  const { next } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{m.auth.signUpTitle}</h1>
        <p className="mb-4 text-slate-700">{m.auth.signUpIntro}</p>
        <ActionForm action={signUpAction} submitLabel={m.auth.signUpButton} resetOnSuccess>
          {next ? <Hidden name="next" value={next} /> : null}
          <TextField name="name" label={m.auth.fullName} required autoComplete="name" />
          <TextField name="email" type="email" label={m.common.email} required autoComplete="email" dir="ltr" />
          <TextField
            name="password"
            type="password"
            label={m.auth.password}
            hint={m.auth.passwordHint}
            required
            autoComplete="new-password"
            dir="ltr"
          />
          <TextField name="confirm" type="password" label={m.auth.confirmPassword} required autoComplete="new-password" dir="ltr" />
        </ActionForm>
        <p className="mt-4 text-sm">
          <Link href="/sign-in" className="font-medium text-emerald-800 underline">
            {m.auth.haveAccount}
          </Link>
        </p>
      </Card>
    </div>
  )
}
