// One evaluation as a plain form: a radio group per score (each point labelled with its
// anchor) and a text box per open question, then "Save draft" and "Submit". Works without
// JavaScript: the pressed button's intent travels with the form.
import type { ActionState } from '@/lib/server/action-state'
import type { Locale } from '@/lib/i18n/config'
import type { CriterionView } from '@/lib/evaluations/criteria'
import type { Answers } from '@/lib/evaluations/answers'
import { localText } from '@/lib/i18n/local-text'
import { ActionForm, Hidden, SubmitButton, TextAreaField } from '@/components/ui/form'
import { ScoreRadios } from '@/components/recruitment/score-radios'
import { UserText } from '@/components/ui/user-text'

export function EvaluationForm({
  action,
  hidden,
  criteria,
  answers,
  locale,
  labels,
  ariaLabel,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  hidden: Record<string, string | number | undefined>
  criteria: CriterionView[]
  answers: Answers
  locale: Locale
  labels: { draft: string; submit: string; submitHint: string }
  ariaLabel: string
}) {
  return (
    <ActionForm action={action} aria-label={ariaLabel}>
      {Object.entries(hidden).map(([k, v]) => (v === undefined ? null : <Hidden key={k} name={k} value={v} />))}
      {criteria.map((c) =>
        c.kind === 'SCALE' ? (
          <ScoreRadios
            key={c.id}
            name={`a.${c.id}`}
            legend={localText(locale, c.label, c.labelUr)}
            anchors={Object.fromEntries(c.anchors.map((a, i) => [String(i + 1), localText(locale, a.en, a.ur)]))}
            defaultValue={typeof answers[c.id] === 'number' ? (answers[c.id] as number) : undefined}
          />
        ) : (
          <TextAreaField
            key={c.id}
            name={`a.${c.id}`}
            label={<UserText>{localText(locale, c.label, c.labelUr)}</UserText>}
            required
            rows={4}
            dir="auto"
            defaultValue={typeof answers[c.id] === 'string' ? (answers[c.id] as string) : undefined}
          />
        ),
      )}
      <p className="text-sm text-slate-700">{labels.submitHint}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" label={labels.draft} variant="secondary" />
        <SubmitButton name="intent" value="submit" label={labels.submit} />
      </div>
    </ActionForm>
  )
}
