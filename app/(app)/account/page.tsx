import { requireViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { getOwnProfile } from '@/lib/auth/profile'
import { Card, DefinitionList, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { changePasswordAction, updateProfileAction } from './actions'

export const generateMetadata = titled((m) => m.auth.accountTitle)

export default async function AccountPage() {
  const viewer = await requireViewer()
  const { m } = await getI18n()
  const me = await getOwnProfile(viewer)
  const t = m.auth
  return (
    <>
      <PageHeader title={t.accountTitle} description={t.accountIntro} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t.profile}>
          <div className="mb-4">
            <DefinitionList
              items={[
                [
                  m.common.email,
                  <span key="e" dir="ltr">
                    {me.email}
                  </span>,
                ],
                [m.common.role, `${m.common.roles[me.role]}${me.department ? ` · ${me.department.name}` : ''}`],
              ]}
            />
          </div>
          <ActionForm action={updateProfileAction} submitLabel={m.common.save}>
            <Hidden name="version" value={me.version} />
            <TextField name="name" label={t.fullName} required defaultValue={me.name} autoComplete="name" />
            <TextField name="phone" label={m.common.phone} defaultValue={me.phone} autoComplete="tel" dir="ltr" />
          </ActionForm>
        </Card>
        <Card title={t.changePassword}>
          <ActionForm action={changePasswordAction} submitLabel={t.changePassword} resetOnSuccess>
            <TextField name="current" type="password" label={t.currentPassword} required autoComplete="current-password" dir="ltr" />
            <TextField
              name="password"
              type="password"
              label={t.newPassword}
              hint={t.passwordHint}
              required
              autoComplete="new-password"
              dir="ltr"
            />
            <TextField name="confirm" type="password" label={t.confirmPassword} required autoComplete="new-password" dir="ltr" />
          </ActionForm>
        </Card>
      </div>
    </>
  )
}
