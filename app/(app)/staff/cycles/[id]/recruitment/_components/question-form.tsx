// Adding or editing one question of the application form. The key and its answers stay tied
// together, so an existing question's key is shown, not edited.
import type { Messages } from '@/lib/i18n/messages'
import type { CallConfig } from '@/lib/recruitment/queries/call'
import { FIELD_TYPES } from '@/lib/recruitment/schema/call'
import { ActionForm, CheckboxField, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { saveFormFieldAction } from '../_actions/call'

type Field = CallConfig['formFields'][number]

export function QuestionForm({ m, cycleId, version, field }: { m: Messages; cycleId: string; version: number; field?: Field }) {
  const t = m.recruitment.call
  const optionLines = field?.options.map((o) => [o.value, o.en, o.ur].join(' | ')).join('\n')
  return (
    <ActionForm
      action={saveFormFieldAction}
      submitLabel={field ? m.common.save : t.addQuestion}
      resetOnSuccess={!field}
      className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
      aria-label={field ? `${t.editQuestionLabel}: ${field.labelEn}` : t.addQuestion}
    >
      <Hidden name="cycleId" value={cycleId} />
      <Hidden name="version" value={version} />
      {field ? (
        <>
          <Hidden name="fieldId" value={field.id} />
          <Hidden name="key" value={field.key} />
        </>
      ) : (
        <TextField name="key" label={t.key} hint={t.keyHint} required dir="ltr" />
      )}
      <SelectField
        name="type"
        label={t.type}
        required
        defaultValue={field?.type ?? 'SHORT_TEXT'}
        options={FIELD_TYPES.map((x) => ({ value: x, label: m.recruitment.fieldTypes[x] }))}
      />
      <TextField name="labelEn" label={t.labelEn} required defaultValue={field?.labelEn} dir="ltr" />
      <TextField name="labelUr" label={t.labelUr} required defaultValue={field?.labelUr} dir="rtl" />
      <TextField name="helpEn" label={t.helpEn} defaultValue={field?.helpEn} dir="ltr" />
      <TextField name="helpUr" label={t.helpUr} defaultValue={field?.helpUr} dir="rtl" />
      <TextAreaField name="options" label={t.options} hint={t.optionsHint} defaultValue={optionLines} rows={4} dir="auto" />
      <div className="space-y-3">
        <CheckboxField name="useDistricts" label={t.useDistricts} />
        <CheckboxField name="required" label={t.required} defaultChecked={field?.required ?? false} />
        <CheckboxField name="personal" label={t.personal} hint={t.personalHint} defaultChecked={field?.personal ?? false} />
      </div>
    </ActionForm>
  )
}
