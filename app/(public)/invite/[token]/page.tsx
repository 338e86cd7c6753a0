import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { findOpenInvitation } from '@/lib/auth/invitations'
import { Card } from '@/components/ui/basics'
import { InviteForm } from './invite-form'

export const generateMetadata = titled((m) => m.auth.inviteTitle)

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { m } = await getI18n()
  const { token } = await params
  const inv = await findOpenInvitation(token)
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{m.auth.inviteTitle}</h1>
        {inv ? (
          <>
            <p className="mb-4 text-slate-700">{format(m.auth.inviteIntro, { role: m.common.roles[inv.role] })}</p>
            <p className="mb-4 text-sm" dir="ltr">
              {inv.email}
            </p>
            <InviteForm
              token={token}
              defaultName={inv.name}
              labels={{
                fullName: m.auth.fullName,
                password: m.auth.password,
                confirm: m.auth.confirmPassword,
                hint: m.auth.passwordHint,
                button: m.auth.inviteButton,
              }}
            />
          </>
        ) : (
          <p>{m.auth.inviteInvalid}</p>
        )}
      </Card>
    </div>
  )
}
