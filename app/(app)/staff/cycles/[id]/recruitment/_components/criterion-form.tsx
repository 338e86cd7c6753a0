// Adding or editing a rubric criterion: bilingual name, guidance, weight, and what each point
// of the 1-5 scale means.
import type { Messages } from '@/lib/i18n/messages'
import type { CallConfig } from '@/lib/recruitment/queries/call'
import { format } from '@/lib/i18n/define'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { saveCriterionAction } from '../_actions/call'

type Criterion = CallConfig['rubric'][number]

export function CriterionForm({
  m,
  cycleId,
  version,
  criterion,
}: {
  m: Messages
  cycleId: string
  version: number
  criterion?: Criterion
}) {
  const t = m.recruitment.call
  return (
    <ActionForm
      action={saveCriterionAction}
      submitLabel={criterion ? m.common.save : t.addCriterion}
      resetOnSuccess={!criterion}
      className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
      aria-label={criterion ? `${t.editCriterionLabel}: ${criterion.name}` : t.addCriterion}
    >
      <Hidden name="cycleId" value={cycleId} />
      <Hidden name="version" value={version} />
      {criterion ? <Hidden name="criterionId" value={criterion.id} /> : null}
      <TextField name="name" label={t.criterionName} required defaultValue={criterion?.name} dir="ltr" />
      <TextField name="nameUr" label={t.criterionNameUr} defaultValue={criterion?.nameUr} dir="rtl" />
      <TextAreaField name="description" label={t.criterionDescription} defaultValue={criterion?.description} rows={2} />
      <TextField
        name="weight"
        type="number"
        label={t.weight}
        hint={t.weightHint}
        required
        min={1}
        max={10}
        defaultValue={criterion?.weight ?? 1}
      />
      {([1, 2, 3, 4, 5] as const).map((n) => (
        <TextField key={n} name={`anchor${n}`} label={format(t.anchor, { n })} defaultValue={criterion?.anchors[String(n)]} />
      ))}
    </ActionForm>
  )
}
