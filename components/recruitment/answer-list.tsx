// An application's answers, question by question, in the reader's language; file questions
// link to the download route (which checks access again).
import type { FieldType } from '@prisma/client'
import type { Locale } from '@/lib/i18n/config'
import { answerText, type ChoiceOption } from '@/lib/recruitment/answers'
import { districtLabel } from '@/lib/recruitment/districts'
import { formatDate } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import { karachiDateToUtc } from '@/lib/i18n/karachi-time'

interface Field {
  key: string
  type: FieldType
  labelEn: string
  labelUr: string
  options: ChoiceOption[]
  personal?: boolean
}

export function AnswerList({
  fields,
  answers,
  files,
  locale,
  labels,
}: {
  fields: Field[]
  answers: Record<string, unknown>
  files: { fieldKey: string; file: { id: string; originalName: string; sizeBytes: number } }[]
  locale: Locale
  labels: { noAnswer: string; personal?: string }
}) {
  return (
    <dl className="divide-y divide-slate-200">
      {fields.map((f) => {
        const file = f.type === 'FILE' ? files.find((x) => x.fieldKey === f.key) : undefined
        let text = f.type === 'FILE' ? '' : answerText(f, answers[f.key], locale)
        // A free-text district answer is still shown in the reader's language when it is a KP district.
        if (f.key === 'district' && f.type !== 'SINGLE_CHOICE' && text) text = districtLabel(text, locale)
        // A date answer (a date of birth) is stored as YYYY-MM-DD and shown as a date in the reader's language.
        if (f.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(text)) text = formatDate(karachiDateToUtc(`${text}T12:00`), locale)
        return (
          <div key={f.key} className="py-3">
            <dt className="text-sm font-medium text-slate-700">
              {localText(locale, f.labelEn, f.labelUr)}
              {f.personal && labels.personal ? <span className="ms-2 text-xs font-normal text-amber-900">({labels.personal})</span> : null}
            </dt>
            <dd dir="auto" className="mt-1 break-words whitespace-pre-wrap text-slate-900">
              {file ? (
                <a href={`/files/${file.file.id}`} className="font-medium text-emerald-800 underline" dir="auto">
                  {file.file.originalName}
                </a>
              ) : text ? (
                <span dir={f.type === 'URL' ? 'ltr' : 'auto'}>{text}</span>
              ) : (
                <span className="text-slate-600">{labels.noAnswer}</span>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
