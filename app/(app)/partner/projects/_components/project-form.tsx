// The project proposal form, for a new project and for editing one until it is approved.
import type { Messages } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import { ActionForm, Hidden, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/ui/form'

interface ProjectValues {
  id: string
  version: number
  status: string
  canSubmit: boolean
  title: string
  titleUr: string | null
  problemStatement: string
  problemStatementUr: string | null
  expectedOutcomes: string | null
  skillsNeeded: string[]
  seats: number
  focalContact: { id: string } | null
}

export function ProjectForm({
  m,
  action,
  cycleId,
  project,
  contacts,
}: {
  m: Messages
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  cycleId?: string
  project?: ProjectValues
  contacts: { id: string; name: string; title: string | null }[]
}) {
  const f = m.placement.fields
  const t = m.placement.partner
  // A proposal already with staff is only saved; a draft or returned one can be submitted
  // (canSubmitProject, lib/placement/policy.ts).
  const canSubmit = !project || project.canSubmit
  return (
    <ActionForm action={action} className="space-y-4" aria-label={project ? t.editTitle : t.newTitle}>
      {project ? (
        <>
          <Hidden name="id" value={project.id} />
          <Hidden name="version" value={project.version} />
        </>
      ) : (
        <Hidden name="cycleId" value={cycleId ?? ''} />
      )}
      <p className="text-sm text-slate-700">{f.languageHint}</p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField name="title" label={f.title} dir="ltr" defaultValue={project?.title} />
        <TextField name="titleUr" label={f.titleUr} dir="rtl" defaultValue={project?.titleUr} />
        <TextAreaField name="problemStatement" label={f.problemStatement} dir="ltr" rows={5} defaultValue={project?.problemStatement} />
        <TextAreaField
          name="problemStatementUr"
          label={f.problemStatementUr}
          dir="rtl"
          rows={5}
          defaultValue={project?.problemStatementUr}
        />
      </div>
      <TextAreaField name="expectedOutcomes" label={f.expectedOutcomes} dir="auto" rows={3} defaultValue={project?.expectedOutcomes} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <TextAreaField
          name="skillsNeeded"
          label={f.skills}
          hint={f.skillsHint}
          dir="auto"
          rows={3}
          defaultValue={project?.skillsNeeded.join('\n')}
        />
        <TextField name="seats" type="number" label={f.seats} required min={1} max={50} defaultValue={project?.seats ?? 1} />
        <SelectField
          name="focalContactId"
          label={f.focalContact}
          hint={f.focalContactHint}
          placeholder={f.noFocal}
          defaultValue={project?.focalContact?.id}
          options={contacts.map((c) => ({ value: c.id, label: c.title ? `${c.name}, ${c.title}` : c.name }))}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        {canSubmit ? (
          <>
            <SubmitButton label={t.submit} name="intent" value="submit" />
            <SubmitButton label={t.saveDraft} name="intent" value="draft" variant="secondary" />
          </>
        ) : (
          <SubmitButton label={t.saveChanges} name="intent" value="draft" />
        )}
      </div>
    </ActionForm>
  )
}
