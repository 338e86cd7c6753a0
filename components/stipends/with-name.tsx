// A catalogue sentence with a person's name in it ("{name} prepared it on {date}"), the name
// direction-isolated: a Latin name inside an Urdu sentence must not reorder it.
import type { Locale } from '@/lib/i18n/config'
import { format } from '@/lib/i18n/define'
import { UserText } from '@/components/ui/user-text'

const MARK = '\u0000'

export function WithName({
  template,
  name,
  vars,
  locale,
}: {
  template: string
  name: string
  vars: Record<string, string | number>
  locale: Locale
}) {
  const [before, after] = format(template, { ...vars, name: MARK }, locale).split(MARK)
  return (
    <>
      {before}
      <UserText>{name}</UserText>
      {after}
    </>
  )
}
