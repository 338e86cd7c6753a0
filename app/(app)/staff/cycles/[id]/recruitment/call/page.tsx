// Configuring a cycle's call: dates and review settings, the application form's questions,
// the eligibility rules and the scoring rubric.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { toKarachiLocal } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getCallConfig } from '@/lib/recruitment/queries/call'
import { hiddenInBlindReview } from '@/lib/recruitment/blind'
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { QuestionForm } from '../_components/question-form'
import { CriterionForm } from '../_components/criterion-form'
import { RulesForm } from '../_components/rules-form'
import { moveFormFieldAction, removeCriterionAction, removeFormFieldAction, saveCallSettingsAction } from '../_actions/call'
import { localText } from '@/lib/i18n/local-text'
import { saveRefereesRequiredAction } from '../_actions/referees'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.call}`)

export default async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('call:configure')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const c = await orNotFound(getCallConfig(viewer, id))
  const t = m.recruitment.call
  const ref = (extra: Record<string, string>) => (
    <>
      <Hidden name="cycleId" value={c.id} />
      <Hidden name="version" value={c.version} />
      {Object.entries(extra).map(([k, v]) => (
        <Hidden key={k} name={k} value={v} />
      ))}
    </>
  )
  const label = (x: { labelEn: string; labelUr: string }) => localText(locale, x.labelEn, x.labelUr)
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{c.name}</UserText> }, locale)} description={t.intro} />
      <RecruitmentNav cycleId={id} current="call" m={m} />
      <p className="mb-4">
        <Link href={`/calls/${c.programme.slug}`} className="font-medium text-emerald-800 underline">
          {t.publicLink}
        </Link>
      </p>
      <div className="space-y-6">
        <Card title={t.settings}>
          <ActionForm
            action={saveCallSettingsAction}
            submitLabel={m.common.save}
            className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
            aria-label={t.settings}
          >
            {ref({})}
            <TextField
              name="applicationsOpenAt"
              type="datetime-local"
              label={t.opensAt}
              hint={t.timesHint}
              required
              defaultValue={toKarachiLocal(c.applicationsOpenAt)}
            />
            <TextField
              name="applicationsCloseAt"
              type="datetime-local"
              label={t.closesAt}
              hint={t.timesHint}
              required
              defaultValue={toKarachiLocal(c.applicationsCloseAt)}
            />
            <TextAreaField name="callDescription" label={t.description} defaultValue={c.callDescription} rows={4} dir="ltr" />
            <TextAreaField name="callDescriptionUr" label={t.descriptionUr} defaultValue={c.callDescriptionUr} rows={4} dir="rtl" />
            <TextField
              name="reviewsPerApplication"
              type="number"
              label={t.reviewsPer}
              required
              min={1}
              max={10}
              defaultValue={c.reviewsPerApplication}
            />
            <div className="pt-6">
              <CheckboxField name="blindReview" label={t.blind} hint={t.blindHint} defaultChecked={c.blindReview} />
            </div>
          </ActionForm>
          {c.status !== 'RECRUITING' ? (
            <p className="mt-3 text-sm text-amber-900">{format(t.notRecruiting, { status: m.common.cycleStatuses[c.status] })}</p>
          ) : null}
        </Card>

        <Card title={m.referees.staff.settingsTitle}>
          <p className="mb-3 text-sm text-slate-700">{m.referees.staff.settingsIntro}</p>
          <ActionForm action={saveRefereesRequiredAction} submitLabel={m.referees.staff.save} aria-label={m.referees.staff.settingsTitle}>
            {ref({})}
            <TextField
              name="refereesRequired"
              label={m.referees.staff.required}
              type="number"
              min={0}
              max={5}
              required
              defaultValue={c.refereesRequired}
            />
          </ActionForm>
        </Card>

        <Card title={t.questions}>
          <p className="mb-4 text-sm text-slate-700">{t.questionsIntro}</p>
          {c.formFields.length === 0 ? <EmptyState>{t.noQuestions}</EmptyState> : null}
          <ol className="space-y-3">
            {c.formFields.map((f, i) => (
              <li key={f.id} className="rounded-md border border-slate-300 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">
                    {i + 1}. <UserText>{label(f)}</UserText>
                  </span>
                  <code className="text-xs text-slate-600" dir="ltr">
                    {f.key}
                  </code>
                  <Badge>{m.recruitment.fieldTypes[f.type]}</Badge>
                  {f.required ? <Badge tone="info">{t.requiredBadge}</Badge> : null}
                  {f.personal ? (
                    <Badge tone="warn">{t.personalBadge}</Badge>
                  ) : hiddenInBlindReview(f) ? (
                    <Badge tone="warn">{t.linkBadge}</Badge>
                  ) : null}
                  {f.options.length ? (
                    <span className="text-sm text-slate-700">{format(t.choices, { count: f.options.length })}</span>
                  ) : null}
                </div>
                {c.identifyingAnswers[f.key] ? (
                  <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm text-amber-900" role="note">
                    {format(t.identifyingWarning, { count: c.identifyingAnswers[f.key] })}
                  </p>
                ) : null}
                <div className="mt-2 flex flex-wrap items-start gap-2">
                  {i > 0 ? (
                    <ActionForm
                      action={moveFormFieldAction}
                      submitLabel={t.moveUp}
                      submitVariant="secondary"
                      className="space-y-1"
                      aria-label={`${t.moveUp}: ${label(f)}`}
                    >
                      {ref({ fieldId: f.id, direction: 'up' })}
                    </ActionForm>
                  ) : null}
                  {i < c.formFields.length - 1 ? (
                    <ActionForm
                      action={moveFormFieldAction}
                      submitLabel={t.moveDown}
                      submitVariant="secondary"
                      className="space-y-1"
                      aria-label={`${t.moveDown}: ${label(f)}`}
                    >
                      {ref({ fieldId: f.id, direction: 'down' })}
                    </ActionForm>
                  ) : null}
                  <ActionForm
                    action={removeFormFieldAction}
                    submitLabel={m.common.remove}
                    submitVariant="secondary"
                    className="space-y-1"
                    aria-label={`${m.common.remove}: ${label(f)}`}
                  >
                    {ref({ fieldId: f.id })}
                  </ActionForm>
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                    {t.editQuestionLabel}: <UserText>{label(f)}</UserText>
                  </summary>
                  <div className="mt-3">
                    <QuestionForm m={m} cycleId={c.id} version={c.version} field={f} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <h3 className="mt-6 mb-2 font-semibold">{t.addQuestion}</h3>
          <QuestionForm m={m} cycleId={c.id} version={c.version} />
        </Card>

        <Card title={t.rules}>
          <p className="mb-4 text-sm text-slate-700">{t.rulesIntro}</p>
          <RulesForm m={m} locale={locale} config={c} />
        </Card>

        <Card title={t.rubric}>
          <p className="mb-2 text-sm text-slate-700">{t.rubricIntro}</p>
          {c.rubricLocked ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t.rubricLockedNote}</p> : null}
          {c.rubric.length === 0 ? <EmptyState>{t.noCriteria}</EmptyState> : null}
          <ol className="space-y-3">
            {c.rubric.map((r) => {
              const name = localText(locale, r.name, r.nameUr)
              return (
                <li key={r.id} className="rounded-md border border-slate-300 p-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <UserText className="font-semibold">{name}</UserText>
                    <Badge tone="info">{format(t.weightOf, { weight: r.weight })}</Badge>
                  </div>
                  <UserText block className="mt-1 text-sm text-slate-700">
                    {r.description}
                  </UserText>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {c.rubricLocked ? null : (
                      <ActionForm
                        action={removeCriterionAction}
                        submitLabel={m.common.remove}
                        submitVariant="secondary"
                        className="space-y-1"
                        aria-label={`${m.common.remove}: ${name}`}
                      >
                        {ref({ criterionId: r.id })}
                      </ActionForm>
                    )}
                  </div>
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-medium text-emerald-800">
                      {t.editCriterionLabel}: <UserText>{name}</UserText>
                    </summary>
                    <div className="mt-3">
                      <CriterionForm m={m} cycleId={c.id} version={c.version} criterion={r} />
                    </div>
                  </details>
                </li>
              )
            })}
          </ol>
          {c.rubricLocked ? null : (
            <>
              <h3 className="mt-6 mb-2 font-semibold">{t.addCriterion}</h3>
              <CriterionForm m={m} cycleId={c.id} version={c.version} />
            </>
          )}
        </Card>
      </div>
    </>
  )
}
