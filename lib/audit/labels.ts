// Audit action codes ("deliverable.request-changes") as words in the reader's language
// ("Deliverable: changes requested"), for the audit log and the staff home's recent activity.
// A code with no words yet is shown as it is, never hidden.
import { format } from '../i18n/define'
import type { Messages } from '../i18n/messages'

export function auditActionLabel(m: Messages, action: string): string {
  const t = m.admin.audit.actions
  const dot = action.indexOf('.')
  if (dot < 0) return action
  const entities = t.entities as Record<string, string>
  const verbs = t.verbs as Record<string, string>
  const entity = entities[action.slice(0, dot)]
  const verb = verbs[action.slice(dot + 1)]
  return entity && verb ? format(t.pattern, { entity, verb }) : action
}
