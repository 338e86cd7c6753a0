// Archive / restore as a small form bound to an action taking { id, archive }.
import type { ActionState } from '@/lib/server/action-state'
import { ActionForm, Hidden } from './form'

export function ArchiveButton({
  id,
  archived,
  action,
  labels,
}: {
  id: string
  archived: boolean
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  labels: { archive: string; restore: string }
}) {
  return (
    <ActionForm action={action} submitLabel={archived ? labels.restore : labels.archive} submitVariant="secondary" className="space-y-2">
      <Hidden name="id" value={id} />
      <Hidden name="archive" value={archived ? 'false' : 'true'} />
    </ActionForm>
  )
}
