// The cycle form, for creating and editing. Date-times are typed and shown in Pakistan time.
import type { Messages } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import type { CycleDetail } from '@/lib/cycles/queries'
import { toKarachiLocal } from '@/lib/i18n/format'
import { ActionForm, CheckboxField, Hidden, SelectField, TextField } from '@/components/ui/form'

export function CycleForm({
  m,
  action,
  cycle,
  programmes,
  programmeId,
  submitLabel,
  children,
}: {
  m: Messages
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  cycle?: CycleDetail
  programmes?: { id: string; name: string }[]
  programmeId?: string
  submitLabel: string
  /** More fields (a new cycle's carry-over choices). */
  children?: React.ReactNode
}) {
  const t = m.admin.cycles
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {cycle ? (
        <>
          <Hidden name="id" value={cycle.id} />
          <Hidden name="version" value={cycle.version} />
        </>
      ) : (
        <SelectField
          name="programmeId"
          label={t.programme}
          required
          defaultValue={programmeId}
          placeholder={t.chooseProgramme}
          options={(programmes ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <TextField name="number" type="number" label={t.number} required defaultValue={cycle?.number} min={1} />
      <TextField name="name" label={t.name} required defaultValue={cycle?.name} />
      <TextField name="nameUr" label={t.nameUr} defaultValue={cycle?.nameUr} dir="rtl" />
      <TextField name="targetFellowCount" type="number" label={t.target} required defaultValue={cycle?.targetFellowCount ?? 20} min={1} />
      <SelectField
        name="reportingCadence"
        label={t.cadence}
        required
        defaultValue={cycle?.reportingCadence ?? 'FORTNIGHTLY'}
        options={(['WEEKLY', 'FORTNIGHTLY', 'MONTHLY'] as const).map((c) => ({ value: c, label: m.common.cadences[c] }))}
      />
      <TextField
        name="reportingGraceDays"
        type="number"
        label={t.grace}
        hint={t.graceHint}
        required
        defaultValue={cycle?.reportingGraceDays ?? 3}
        min={0}
        max={30}
      />
      <TextField
        name="reviewsPerApplication"
        type="number"
        label={t.reviewsPer}
        required
        defaultValue={cycle?.reviewsPerApplication ?? 2}
        min={1}
        max={10}
      />
      <TextField
        name="applicationsOpenAt"
        type="datetime-local"
        label={t.opensAt}
        hint={t.timesHint}
        defaultValue={toKarachiLocal(cycle?.applicationsOpenAt)}
      />
      <TextField
        name="applicationsCloseAt"
        type="datetime-local"
        label={t.closesAt}
        hint={t.timesHint}
        defaultValue={toKarachiLocal(cycle?.applicationsCloseAt)}
      />
      <TextField name="startDate" type="date" label={t.startDate} defaultValue={toKarachiLocal(cycle?.startDate, false)} />
      <TextField name="endDate" type="date" label={t.endDate} defaultValue={toKarachiLocal(cycle?.endDate, false)} />
      <div className="md:col-span-2">
        <CheckboxField name="blindReview" label={t.blind} defaultChecked={cycle?.blindReview ?? true} />
      </div>
      {children}
    </ActionForm>
  )
}
