// The fields of a progress update, shared by the fellow's update form and its correction form.
import type { Messages } from '@/lib/i18n/messages'
import { TextAreaField, TextField } from '@/components/ui/form'

interface Content {
  accomplishments: string
  blockers: string | null
  nextSteps: string | null
  hours: number | null
  links: string[]
}

export function UpdateFields({ update, t }: { update: Content | null; t: Messages['progress']['updates'] }) {
  return (
    <>
      <TextAreaField
        name="accomplishments"
        label={t.accomplishments}
        hint={t.accomplishmentsHint}
        required
        rows={6}
        dir="auto"
        defaultValue={update?.accomplishments}
      />
      <TextAreaField name="blockers" label={t.blockers} hint={t.blockersHint} rows={3} dir="auto" defaultValue={update?.blockers} />
      <TextAreaField name="nextSteps" label={t.nextSteps} rows={3} dir="auto" defaultValue={update?.nextSteps} />
      <TextField name="hours" type="number" label={t.hours} min={0} max={500} defaultValue={update?.hours} />
      <TextAreaField name="links" label={t.links} hint={t.linksHint} rows={3} dir="ltr" defaultValue={update?.links.join('\n')} />
    </>
  )
}
