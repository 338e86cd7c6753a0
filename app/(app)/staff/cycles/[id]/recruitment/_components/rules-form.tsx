// The eligibility rules of a call: gender, home district (KP list, remote ones marked),
// degree (from the "degree" question's options) and age on the closing date.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { CallConfig } from '@/lib/recruitment/queries/call'
import { KP_DISTRICTS } from '@/lib/recruitment/districts'
import { GENDERS } from '@/lib/recruitment/eligibility'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { saveRulesAction } from '../_actions/call'
import { localOption } from '@/lib/i18n/local-text'

export function RulesForm({ m, locale, config }: { m: Messages; locale: Locale; config: CallConfig }) {
  const t = m.recruitment.call
  const rule = <K extends string>(kind: K) => config.rules.find((r) => r.kind === kind)
  const gender = rule('gender')
  const district = rule('district')
  const degree = rule('degree')
  const age = rule('age')
  const anyOf = (r: typeof gender) => (r && 'anyOf' in r ? r.anyOf : [])
  const degreeField = config.formFields.find((f) => f.key === 'degree' && f.options.length)
  // Degrees already in a rule stay visible even if the question's options changed since.
  const degreeOptions = [...(degreeField?.options ?? []).map((o) => ({ value: o.value, label: localOption(locale, o) }))]
  for (const d of anyOf(degree)) if (!degreeOptions.some((o) => o.value === d)) degreeOptions.push({ value: d, label: d })
  return (
    <ActionForm action={saveRulesAction} submitLabel={t.saveRules} className="space-y-5" aria-label={t.rules}>
      <Hidden name="cycleId" value={config.id} />
      <Hidden name="version" value={config.version} />
      <CheckboxGroup
        name="genders"
        legend={t.genders}
        hint={t.noRuleHint}
        columns={4}
        checked={anyOf(gender)}
        options={GENDERS.map((g) => ({ value: g, label: m.common.genders[g] }))}
      />
      <CheckboxGroup
        name="districts"
        legend={t.districts}
        hint={t.noRuleHint}
        columns={3}
        checked={anyOf(district)}
        options={KP_DISTRICTS.map((d) => ({ value: d.en, label: localOption(locale, d), note: d.remote ? t.remote : undefined }))}
      />
      {degreeOptions.length ? (
        <CheckboxGroup name="degrees" legend={t.degrees} hint={t.noRuleHint} columns={3} checked={anyOf(degree)} options={degreeOptions} />
      ) : (
        <p className="text-sm text-slate-700">{t.noDegreeQuestion}</p>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField
          name="ageMin"
          type="number"
          label={t.ageMin}
          min={10}
          max={100}
          defaultValue={age && 'min' in age ? age.min : undefined}
        />
        <TextField
          name="ageMax"
          type="number"
          label={t.ageMax}
          min={10}
          max={100}
          defaultValue={age && 'max' in age ? age.max : undefined}
        />
      </div>
    </ActionForm>
  )
}
