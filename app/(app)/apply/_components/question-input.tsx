// One question of an application form, as the input its type calls for, filled with the
// saved draft. Inputs are named "a.<key>" so errors land beside them.
import type { FieldType } from '@prisma/client'
import type { Locale } from '@/lib/i18n/config'
import { inputName, type ChoiceOption } from '@/lib/recruitment/answers'
import { SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { UserText } from '@/components/ui/user-text'
import { FileField } from './file-field'
import { localOption, localText } from '@/lib/i18n/local-text'

export interface Question {
  key: string
  type: FieldType
  labelEn: string
  labelUr: string
  helpEn: string | null
  helpUr: string | null
  required: boolean
  options: ChoiceOption[]
}

export function QuestionInput({
  q,
  value,
  file,
  locale,
  maxBytes,
  texts,
}: {
  q: Question
  value: unknown
  file?: { id: string; name: string } | null
  locale: Locale
  maxBytes: number
  texts: { choose: string; optional: string; tooBig: string; current: string; replace: string; limit: string }
}) {
  const name = inputName(q.key)
  // The label and help are the staff's words, in either script: isolated from the page.
  const label = <UserText>{localText(locale, q.labelEn, q.labelUr)}</UserText>
  const help = localText(locale, q.helpEn, q.helpUr)
  const hint = help ? <UserText>{help}</UserText> : undefined
  const options = q.options.map((o) => ({ value: o.value, label: localOption(locale, o) }))
  const str = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
  switch (q.type) {
    case 'LONG_TEXT':
      return <TextAreaField name={name} label={label} hint={hint} required={q.required} defaultValue={str} rows={6} dir="auto" />
    case 'SINGLE_CHOICE':
      return (
        <SelectField
          name={name}
          label={label}
          hint={hint}
          required={q.required}
          defaultValue={str}
          placeholder={texts.choose}
          options={options}
        />
      )
    case 'MULTIPLE_CHOICE':
      return (
        <CheckboxGroup
          name={name}
          legend={
            q.required ? (
              label
            ) : (
              <>
                {label} ({texts.optional})
              </>
            )
          }
          hint={hint}
          options={options}
          checked={Array.isArray(value) ? value.map(String) : []}
        />
      )
    case 'NUMBER':
      return <TextField name={name} type="number" label={label} hint={hint} required={q.required} defaultValue={str} step="any" />
    case 'DATE':
      return <TextField name={name} type="date" label={label} hint={hint} required={q.required} defaultValue={str} />
    case 'URL':
      return (
        <TextField
          name={name}
          type="url"
          label={label}
          hint={hint}
          required={q.required}
          defaultValue={str}
          dir="ltr"
          placeholder="https://"
        />
      )
    case 'FILE':
      return <FileField name={name} label={label} hint={hint} required={q.required} current={file} maxBytes={maxBytes} texts={texts} />
    default:
      return <TextField name={name} label={label} hint={hint} required={q.required} defaultValue={str} dir="auto" />
  }
}
