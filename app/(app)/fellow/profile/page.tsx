// A fellow's (and later an alumnus's) own profile: what they do now, for the programme's
// alumni records. Available whatever the stage of their cycle.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { getOwnAlumniProfile } from '@/lib/insight/alumni/queries'
import { SECTORS } from '@/lib/insight/alumni/schema'
import { Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { ActionForm, SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { saveAlumniProfileAction } from './actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.alumni.profile.title)

export default async function AlumniProfilePage() {
  const viewer = await requirePermission('alumni:write:own')
  const { m, locale } = await getI18n()
  const { profile, fellowships } = await getOwnAlumniProfile(viewer)
  const t = m.alumni.profile
  if (!fellowships.length) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.notFellow}</EmptyState>
      </>
    )
  }
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <ActionForm action={saveAlumniProfileAction} submitLabel={t.save} aria-label={t.title}>
            <TextField name="currentRole" label={t.currentRole} hint={t.currentRoleHint} defaultValue={profile?.currentRole} />
            <TextField name="organisation" label={t.organisation} defaultValue={profile?.organisation} />
            <SelectField
              name="sector"
              label={t.sector}
              defaultValue={profile?.sector}
              placeholder={m.common.none}
              options={SECTORS.map((s) => ({ value: s.value, label: m.alumni.sectors[s.key] }))}
            />
            <TextAreaField name="nextStep" label={t.nextStep} hint={t.nextStepHint} defaultValue={profile?.nextStep} rows={3} />
            <TextField
              name="linkedinUrl"
              type="url"
              label={t.linkedinUrl}
              hint={t.linkedinHint}
              defaultValue={profile?.linkedinUrl}
              dir="ltr"
              autoComplete="url"
            />
          </ActionForm>
          {profile ? (
            <p className="mt-4 text-sm text-slate-700">{format(t.lastUpdated, { date: formatDate(profile.updatedAt, locale) })}</p>
          ) : null}
        </Card>
        <Card title={t.fellowships}>
          <ul className="space-y-2">
            {fellowships.map((f) => (
              <li key={f.id}>
                <span className="font-medium">{localText(locale, f.cycle.programme.name, f.cycle.programme.nameUr)}</span>
                <span className="block text-sm text-slate-700">
                  {localName(locale)(f.cycle)} · {m.common.cycleStatuses[f.cycle.status]}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  )
}
