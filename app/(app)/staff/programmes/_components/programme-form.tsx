// The programme form, for creating and editing.
import type { Messages } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import type { ProgrammeDetail } from '@/lib/programmes/queries'
import { ActionForm, CheckboxField, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'

export function ProgrammeForm({
  m,
  action,
  programme,
  submitLabel,
}: {
  m: Messages
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  programme?: ProgrammeDetail
  submitLabel: string
}) {
  const t = m.admin.programmes
  const c = m.certificates.programme
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {programme ? (
        <>
          <Hidden name="id" value={programme.id} />
          <Hidden name="version" value={programme.version} />
        </>
      ) : null}
      <TextField name="name" label={t.name} required defaultValue={programme?.name} />
      <TextField name="nameUr" label={t.nameUr} defaultValue={programme?.nameUr} dir="rtl" />
      <TextField name="slug" label={t.slug} hint={t.slugHint} required defaultValue={programme?.slug} dir="ltr" />
      <SelectField
        name="kind"
        label={t.kind}
        required
        defaultValue={programme?.kind ?? 'FELLOWSHIP'}
        options={(['FELLOWSHIP', 'INTERNSHIP'] as const).map((k) => ({ value: k, label: m.common.programmeKinds[k] }))}
      />
      <SelectField
        name="level"
        label={t.level}
        required
        defaultValue={programme?.level ?? 'PROVINCIAL'}
        options={(['FEDERAL', 'PROVINCIAL', 'DISTRICT'] as const).map((k) => ({ value: k, label: m.common.levels[k] }))}
      />
      <TextField name="province" label={t.province} defaultValue={programme?.province} />
      <TextField
        name="durationMonths"
        type="number"
        label={t.durationMonths}
        required
        defaultValue={programme?.durationMonths ?? 12}
        min={1}
        max={60}
      />
      <TextField name="stipendPkr" type="number" label={t.stipendPkr} defaultValue={programme?.stipendPkr} min={0} />
      <TextAreaField
        name="description"
        label={t.description}
        required
        defaultValue={programme?.description}
        className="space-y-1 md:col-span-2"
      />
      <TextAreaField
        name="descriptionUr"
        label={t.descriptionUr}
        defaultValue={programme?.descriptionUr}
        dir="rtl"
        className="space-y-1 md:col-span-2"
      />
      <TextAreaField name="funders" label={t.funders} hint={t.listHint} defaultValue={programme?.funders.join('\n')} rows={3} />
      <TextAreaField name="partners" label={t.partners} hint={t.listHint} defaultValue={programme?.partners.join('\n')} rows={3} />
      <fieldset className="space-y-2 md:col-span-2">
        <legend className="text-sm font-medium text-slate-900">{c.legend}</legend>
        <p className="text-sm text-slate-600">{c.hint}</p>
        <CheckboxField
          name="completionNeedsDeliverables"
          label={c.needsDeliverables}
          defaultChecked={programme?.completionNeedsDeliverables ?? true}
        />
        <CheckboxField
          name="completionNeedsEvaluations"
          label={c.needsEvaluations}
          defaultChecked={programme?.completionNeedsEvaluations ?? true}
        />
      </fieldset>
    </ActionForm>
  )
}
