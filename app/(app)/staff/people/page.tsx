import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { can } from '@/lib/auth/policy'
import { ROLES, type RoleName } from '@/lib/auth/roles'
import { listOpenInvitations, listUsers } from '@/lib/people/queries'
import { departmentOptions } from '@/lib/departments/queries'
import { Badge, Card, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, SelectField, TextField } from '@/components/ui/form'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { buttonClass, inputClass } from '@/components/ui/styles'
import { inviteAction, revokeInvitationAction, updateUserAction } from './actions'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.people.title)

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requirePermission('user:manage')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const q = firstParam(sp.q)
  const role = ROLES.find((r) => r === sp.role)
  const page = pageFrom(sp.page)
  const [users, invitations, depts] = await Promise.all([
    listUsers(viewer, { q, role, page }),
    listOpenInvitations(viewer),
    departmentOptions(viewer),
  ])
  const t = m.admin.people
  const grantable: readonly RoleName[] = can(viewer, 'user:grant-staff') ? ROLES : ROLES.filter((r) => r !== 'ADMIN' && r !== 'STAFF')
  const roleOptions = grantable.map((r) => ({ value: r, label: m.common.roles[r] }))
  const deptOptions = depts.map((d) => ({ value: d.id, label: localText(locale, d.name, d.nameUr) }))
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <>
            <LinkButton href="/staff/people/search" variant="secondary">
              {m.personSearch.nav}
            </LinkButton>
            <LinkButton href="/staff/people/import" variant="secondary">
              {m.personSearch.importLink}
            </LinkButton>
          </>
        }
      />
      <div className="space-y-6">
        <Card title={t.invite}>
          <p className="mb-3 text-sm text-slate-700">{t.inviteIntro}</p>
          <ActionForm
            action={inviteAction}
            submitLabel={t.invite}
            resetOnSuccess
            className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
            aria-label={t.invite}
          >
            <TextField name="name" label={m.auth.fullName} required />
            <TextField name="email" type="email" label={m.common.email} required dir="ltr" />
            <SelectField name="role" label={m.common.role} required options={roleOptions} defaultValue="REVIEWER" />
            <SelectField
              name="departmentId"
              label={t.department}
              hint={t.departmentHint}
              placeholder={m.common.none}
              options={deptOptions}
            />
          </ActionForm>
        </Card>
        {invitations.length ? (
          <Card title={t.openInvitations}>
            <Table
              caption={t.openInvitations}
              headers={[m.common.name, m.common.email, m.common.role, t.invitedBy, t.expires, m.common.actions]}
            >
              {invitations.map((i) => (
                <tr key={i.id}>
                  <Td>{i.name}</Td>
                  <Td>
                    <span dir="ltr">{i.email}</span>
                  </Td>
                  <Td>
                    {m.common.roles[i.role]}
                    {i.department ? (
                      <>
                        {' · '}
                        <UserText>{i.department.name}</UserText>
                      </>
                    ) : null}
                  </Td>
                  <Td>{i.invitedBy.name}</Td>
                  <Td>{formatDate(i.expiresAt, locale)}</Td>
                  <Td>
                    <ActionForm
                      action={revokeInvitationAction}
                      submitLabel={t.revoke}
                      submitVariant="secondary"
                      className="space-y-1"
                      aria-label={`${t.revoke}: ${i.email}`}
                    >
                      <Hidden name="id" value={i.id} />
                    </ActionForm>
                  </Td>
                </tr>
              ))}
            </Table>
          </Card>
        ) : null}
        <Card title={format(m.common.showingCount, { count: users.total }, locale)}>
          <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
            <div>
              <label htmlFor="people-q" className="block text-sm font-medium">
                {t.searchLabel}
              </label>
              <input id="people-q" name="q" defaultValue={q} className={inputClass} />
            </div>
            <div>
              <label htmlFor="people-role" className="block text-sm font-medium">
                {t.filterRole}
              </label>
              <select id="people-role" name="role" defaultValue={role ?? ''} className={inputClass}>
                <option value="">{m.common.all}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {m.common.roles[r]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass.secondary}>
              {m.common.filter}
            </button>
          </form>
          <ul className="divide-y divide-slate-200">
            {users.rows.map((u) => {
              const self = u.id === viewer.userId
              const locked = self || ((u.role === 'ADMIN' || u.role === 'STAFF') && !can(viewer, 'user:grant-staff'))
              return (
                <li key={u.id} className="py-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <UserText className="font-semibold">{u.name}</UserText>
                    <span dir="ltr" className="text-sm text-slate-700">
                      {u.email}
                    </span>
                    <Badge tone="info">{m.common.roles[u.role]}</Badge>
                    {u.department ? (
                      <Badge>
                        <UserText>{u.department.name}</UserText>
                      </Badge>
                    ) : null}
                    <Badge tone={u.active ? 'good' : 'bad'}>{u.active ? t.active : t.inactive}</Badge>
                    {u.emailVerifiedAt ? null : <Badge tone="warn">{t.emailNotConfirmed}</Badge>}
                  </div>
                  {locked ? null : (
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                        {t.update}: <UserText>{u.name}</UserText>
                      </summary>
                      <ActionForm
                        action={updateUserAction}
                        submitLabel={t.update}
                        className="mt-2 grid grid-cols-1 items-start gap-3 md:grid-cols-3"
                      >
                        <Hidden name="userId" value={u.id} />
                        <Hidden name="version" value={u.version} />
                        <SelectField name="role" label={m.common.role} required options={roleOptions} defaultValue={u.role} />
                        <SelectField
                          name="departmentId"
                          label={t.department}
                          placeholder={m.common.none}
                          options={deptOptions}
                          defaultValue={u.departmentId}
                        />
                        <CheckboxField name="active" label={t.accountActive} defaultChecked={u.active} />
                      </ActionForm>
                    </details>
                  )}
                </li>
              )
            })}
          </ul>
          <Pagination page={page} pageCount={users.pageCount} basePath="/staff/people" params={{ q, role }} m={m} />
        </Card>
      </div>
    </>
  )
}
