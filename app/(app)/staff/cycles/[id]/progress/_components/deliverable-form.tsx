// The staff form for a deliverable or milestone: new, or editing one (with its version).
import { toKarachiLocal } from '@/lib/i18n/format'
import type { Messages } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import { ActionForm, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'

type Existing = {
  id: string
  version: number
  kind: 'DELIVERABLE' | 'MILESTONE'
  title: string
  titleUr: string | null
  description: string | null
  dueDate: Date | null
  reviewerId: string | null
}

export function DeliverableForm({
  m,
  action,
  projectId,
  existing,
  partners,
  label,
}: {
  m: Messages
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  projectId?: string
  existing?: Existing
  partners: { id: string; name: string }[]
  label: string
}) {
  const t = m.deliverables
  return (
    <ActionForm
      action={action}
      submitLabel={m.common.save}
      resetOnSuccess={!existing}
      className="grid grid-cols-1 gap-4 md:grid-cols-2"
      aria-label={label}
    >
      {existing ? (
        <>
          <Hidden name="id" value={existing.id} />
          <Hidden name="version" value={existing.version} />
        </>
      ) : (
        <Hidden name="projectId" value={projectId!} />
      )}
      <TextField name="title" label={t.staff.title_} required defaultValue={existing?.title} />
      <TextField name="titleUr" label={t.staff.titleUr} defaultValue={existing?.titleUr} dir="rtl" />
      <SelectField
        name="kind"
        label={t.kind}
        required
        defaultValue={existing?.kind ?? 'DELIVERABLE'}
        options={[
          { value: 'DELIVERABLE', label: t.kinds.DELIVERABLE },
          { value: 'MILESTONE', label: t.kinds.MILESTONE },
        ]}
      />
      <TextField name="dueDate" type="date" label={t.due} defaultValue={toKarachiLocal(existing?.dueDate, false)} />
      <SelectField
        name="reviewerId"
        label={t.reviewer}
        hint={partners.length ? undefined : t.staff.noPartners}
        defaultValue={existing?.reviewerId ?? ''}
        placeholder={t.anyReviewer}
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
      />
      <TextAreaField
        name="description"
        label={t.description}
        rows={3}
        defaultValue={existing?.description}
        className="space-y-1 md:col-span-2"
      />
    </ActionForm>
  )
}
