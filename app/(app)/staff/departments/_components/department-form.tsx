import type { Messages } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import type { DepartmentDetail } from '@/lib/departments/queries'
import { ActionForm, Hidden, SelectField, TextField } from '@/components/ui/form'

export function DepartmentForm({
  m,
  action,
  department,
  submitLabel,
}: {
  m: Messages
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  department?: DepartmentDetail
  submitLabel: string
}) {
  const t = m.admin.departments
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {department ? (
        <>
          <Hidden name="id" value={department.id} />
          <Hidden name="version" value={department.version} />
        </>
      ) : null}
      <TextField name="name" label={t.name} required defaultValue={department?.name} />
      <TextField name="nameUr" label={t.nameUr} defaultValue={department?.nameUr} dir="rtl" />
      <TextField name="shortName" label={t.shortName} defaultValue={department?.shortName} />
      <SelectField
        name="level"
        label={t.level}
        required
        defaultValue={department?.level ?? 'PROVINCIAL'}
        options={(['FEDERAL', 'PROVINCIAL', 'DISTRICT'] as const).map((k) => ({ value: k, label: m.common.levels[k] }))}
      />
      <TextField name="province" label={t.province} defaultValue={department?.province ?? 'Khyber Pakhtunkhwa'} />
      <TextField name="district" label={t.district} defaultValue={department?.district} />
      <TextField name="website" type="url" label={t.website} defaultValue={department?.website} dir="ltr" />
    </ActionForm>
  )
}
