import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card } from '@/components/ui/basics'
import { ActionForm, TextField } from '@/components/ui/form'
import { requestResetAction } from './actions'

export const generateMetadata = titled((m) => m.auth.forgotTitle)

export default async function ForgotPasswordPage() {
  const { m } = await getI18n()
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{m.auth.forgotTitle}</h1>
        <p className="mb-4 text-slate-700">{m.auth.forgotIntro}</p>
        <ActionForm action={requestResetAction} submitLabel={m.auth.sendReset}>
          <TextField name="email" type="email" label={m.common.email} required autoComplete="email" dir="ltr" />
        </ActionForm>
      </Card>
    </div>
  )
}
