// The staff form for a session: new (for a cycle), or editing one (with its version).
import { toKarachiLocal } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { localName } from '@/lib/i18n/local-text'
import type { ActionState } from '@/lib/server/action-state'
import type { EventRow } from '@/lib/events/queries'
import { EVENT_KINDS } from '@/lib/events/schema'
import { ActionForm, CheckboxField, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/events/checkbox-group'

export function EventForm({
  m,
  locale,
  action,
  cycleId,
  existing,
  departments,
  label,
}: {
  m: Messages
  locale: Locale
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  cycleId?: string
  existing?: EventRow
  departments: { id: string; name: string; nameUr: string | null }[]
  label: string
}) {
  const t = m.events.staff
  return (
    <ActionForm
      action={action}
      submitLabel={existing ? m.common.save : t.schedule}
      resetOnSuccess={!existing}
      className="grid grid-cols-1 gap-4 md:grid-cols-2"
      aria-label={label}
    >
      {existing ? (
        <>
          <Hidden name="eventId" value={existing.id} />
          <Hidden name="version" value={existing.version} />
        </>
      ) : (
        <Hidden name="cycleId" value={cycleId!} />
      )}
      <SelectField
        name="kind"
        label={t.kind}
        required
        defaultValue={existing?.kind ?? 'TRAINING'}
        options={EVENT_KINDS.map((k) => ({ value: k, label: m.events.kinds[k] }))}
      />
      <div className="hidden md:block" />
      <TextField name="title" label={t.titleEn} required defaultValue={existing?.title} dir="ltr" />
      <TextField name="titleUr" label={t.titleUr} required defaultValue={existing?.titleUr} dir="rtl" />
      <TextField name="startsAt" type="datetime-local" label={t.startsAt} required defaultValue={toKarachiLocal(existing?.startsAt)} />
      <TextField name="endsAt" type="datetime-local" label={t.endsAt} required defaultValue={toKarachiLocal(existing?.endsAt)} />
      <TextField name="place" label={t.place} hint={t.placeHint} defaultValue={existing?.place} dir="auto" />
      <TextField name="onlineUrl" type="url" label={t.onlineUrl} hint={t.onlineUrlHint} defaultValue={existing?.onlineUrl} dir="ltr" />
      <TextAreaField name="description" label={t.descriptionEn} rows={3} defaultValue={existing?.description} dir="ltr" />
      <TextAreaField name="descriptionUr" label={t.descriptionUr} rows={3} defaultValue={existing?.descriptionUr} dir="rtl" />
      <div className="space-y-3 md:col-span-2">
        {departments.length ? (
          <CheckboxGroup
            name="departmentIds"
            legend={t.departments}
            hint={t.departmentsHint}
            options={departments.map((d) => ({ value: d.id, label: localName(locale)(d) }))}
            checked={existing?.departmentIds}
          />
        ) : (
          <p className="text-sm text-slate-700">{t.noDepartments}</p>
        )}
        <CheckboxField name="invitePartners" label={t.invitePartners} defaultChecked={existing?.invitePartners} />
      </div>
    </ActionForm>
  )
}
