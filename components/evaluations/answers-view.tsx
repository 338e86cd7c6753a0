// A submitted evaluation read back: each criterion with its score and what that score means,
// each question with its answer (text someone typed, direction-isolated).
import type { Locale } from '@/lib/i18n/config'
import type { CriterionView } from '@/lib/evaluations/criteria'
import type { Answers } from '@/lib/evaluations/answers'
import { localText } from '@/lib/i18n/local-text'
import { UserText } from '@/components/ui/user-text'

export function AnswersView({
  criteria,
  answers,
  locale,
  noAnswer,
}: {
  criteria: CriterionView[]
  answers: Answers
  locale: Locale
  noAnswer: string
}) {
  return (
    <dl className="space-y-3">
      {criteria.map((c) => {
        const a = answers[c.id]
        const anchor = typeof a === 'number' ? c.anchors[a - 1] : undefined
        return (
          <div key={c.id}>
            <dt className="text-sm font-semibold text-slate-900">
              <UserText>{localText(locale, c.label, c.labelUr)}</UserText>
            </dt>
            <dd className="text-slate-800">
              {a === undefined ? (
                <span className="text-slate-600">{noAnswer}</span>
              ) : typeof a === 'number' ? (
                <>
                  <span className="font-semibold">{a}/5</span>
                  {anchor ? (
                    <>
                      {' '}
                      <UserText>{localText(locale, anchor.en, anchor.ur)}</UserText>
                    </>
                  ) : null}
                </>
              ) : (
                <UserText block className="whitespace-pre-line">
                  {a}
                </UserText>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
