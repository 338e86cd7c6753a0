import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { idParam, orNotFound } from '@/lib/server/page'
import { getDepartment } from '@/lib/departments/queries'
import { Badge, Card, PageHeader } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, TextField } from '@/components/ui/form'
import { ArchiveButton } from '@/components/ui/archive-button'
import { DepartmentForm } from '../_components/department-form'
import { archiveContactAction, archiveDepartmentAction, createContactAction, updateContactAction, updateDepartmentAction } from '../actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.departments.detail)

export default async function DepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('department:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const d = await orNotFound(getDepartment(viewer, id))
  const t = m.admin.departments
  return (
    <>
      <PageHeader
        title={localText(locale, d.name, d.nameUr)}
        description={
          <>
            {m.common.levels[d.level]}
            {[d.province, d.district].filter(Boolean).map((x) => (
              <span key={x}>
                {' · '}
                <UserText>{x}</UserText>
              </span>
            ))}
          </>
        }
      />
      {d.archivedAt ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-amber-900">{t.archivedNote}</p> : null}
      <div className="space-y-6">
        <Card title={t.contacts}>
          <p className="mb-4 text-sm text-slate-700">{t.contactsIntro}</p>
          <ul className="space-y-4">
            {d.contacts.map((c) => (
              <li key={c.id} className="rounded-md border border-slate-200 p-4">
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <UserText className="font-semibold">{c.name}</UserText>
                  {c.isFocalPerson ? <Badge tone="good">{t.focal}</Badge> : null}
                  {c.archivedAt ? <Badge>{m.common.archived}</Badge> : null}
                  <Badge tone={c.userId ? 'info' : 'neutral'}>{c.userId ? t.hasAccount : t.noAccount}</Badge>
                </div>
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                    {m.common.edit}: <UserText>{c.name}</UserText>
                  </summary>
                  <div className="mt-3 space-y-3">
                    <ActionForm action={updateContactAction} submitLabel={m.common.save} className="grid grid-cols-1 gap-3 md:grid-cols-2">
                      <Hidden name="id" value={c.id} />
                      <Hidden name="version" value={c.version} />
                      <TextField name="name" label={t.contactName} required defaultValue={c.name} />
                      <TextField name="title" label={t.contactTitle} defaultValue={c.title} />
                      <TextField name="email" type="email" label={m.common.email} required defaultValue={c.email} dir="ltr" />
                      <TextField name="phone" label={m.common.phone} defaultValue={c.phone} dir="ltr" />
                      <CheckboxField name="isFocalPerson" label={t.focal} defaultChecked={c.isFocalPerson} />
                    </ActionForm>
                    <ArchiveButton
                      id={c.id}
                      archived={!!c.archivedAt}
                      action={archiveContactAction}
                      labels={{ archive: m.common.archive, restore: m.common.restore }}
                    />
                  </div>
                </details>
                <p className="text-sm text-slate-700">
                  {[c.title, c.email, c.phone].filter(Boolean).map((x, i) => (
                    <span key={i}>
                      {i ? ' · ' : ''}
                      <UserText>{x}</UserText>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
          <h3 className="mt-6 mb-2 font-semibold">{t.addContact}</h3>
          <ActionForm
            action={createContactAction}
            submitLabel={m.common.add}
            resetOnSuccess
            className="grid grid-cols-1 gap-3 md:grid-cols-2"
            aria-label={t.addContact}
          >
            <Hidden name="departmentId" value={d.id} />
            <TextField name="name" label={t.contactName} required />
            <TextField name="title" label={t.contactTitle} />
            <TextField name="email" type="email" label={m.common.email} required dir="ltr" />
            <TextField name="phone" label={m.common.phone} dir="ltr" />
            <CheckboxField name="isFocalPerson" label={t.focal} />
          </ActionForm>
        </Card>
        {d.cycles.length ? (
          <Card title={t.cycles}>
            <ul className="list-disc space-y-1 ps-5">
              {d.cycles.map((c) => (
                <li key={c.cycle.id}>
                  <Link href={`/staff/cycles/${c.cycle.id}`} className="text-emerald-800 underline">
                    <UserText>{localName(locale)(c.cycle.programme)}</UserText> — <UserText>{localName(locale)(c.cycle)}</UserText>
                  </Link>{' '}
                  ({m.common.cycleStatuses[c.cycle.status]}, {m.admin.cycles.seats}: {c.seatsRequested})
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card title={t.edit}>
          <DepartmentForm m={m} action={updateDepartmentAction} department={d} submitLabel={m.common.save} />
        </Card>
        <ArchiveButton
          id={d.id}
          archived={!!d.archivedAt}
          action={archiveDepartmentAction}
          labels={{ archive: m.common.archive, restore: m.common.restore }}
        />
      </div>
    </>
  )
}
