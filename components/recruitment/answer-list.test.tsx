// Issue 13: a date of birth was shown raw ("1999-04-12"); it is a date in the reader's language.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { AnswerList } from './answer-list'

const fields = [{ key: 'dateOfBirth', type: 'DATE' as const, labelEn: 'Date of birth', labelUr: 'تاریخ پیدائش', options: [] }]
const render = (locale: 'en' | 'ur') =>
  renderToStaticMarkup(
    <AnswerList fields={fields} answers={{ dateOfBirth: '1999-04-12' }} files={[]} locale={locale} labels={{ noAnswer: '—' }} />,
  )

describe('answers shown to staff and the applicant', () => {
  it('shows a date answer as a date in the reader’s language, not as 1999-04-12', () => {
    expect(render('en')).not.toContain('1999-04-12')
    expect(render('en')).toContain('12-Apr-1999')
    expect(render('ur')).not.toContain('1999-04-12')
    expect(render('ur')).toContain('1999')
  })
})
