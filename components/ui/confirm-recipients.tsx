// The one confirmation before an action emails several people: who gets an email, by name,
// and one button that sends. Nothing is sent before it is pressed; the form carries the ids
// of exactly the people listed, so nobody else can be emailed. A plain form post, so it works
// without JavaScript. Used by reminders, bulk moves, reviewer assignment and placement mail.
import Link from '@/components/ui/link'
import { ActionForm, Hidden } from './form'
import { UserText } from './user-text'
import type { ActionState } from '@/lib/server/action-state'

export interface Recipient {
  /** Unique in the list; also the value posted under `name` when one is given. */
  key: string
  name: string
  email?: string
  /** What this person's email is about (their periods, their new stage...). */
  detail?: React.ReactNode
  /** The whole line, when a sentence says it better than name, email and detail. */
  label?: React.ReactNode
}

export function ConfirmRecipients({
  action,
  title,
  intro,
  recipientsTitle,
  recipients,
  name,
  hidden = {},
  confirmLabel,
  cancelHref,
  cancelLabel,
  level = 2,
  children,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  title: string
  intro?: React.ReactNode
  recipientsTitle: string
  recipients: Recipient[]
  /** The field each recipient's key is posted under (fellowshipIds, ids...). */
  name?: string
  hidden?: Record<string, string | number | string[] | undefined>
  confirmLabel: string
  cancelHref: string
  cancelLabel: string
  /** The heading level of the title; the list of recipients is one below. */
  level?: 2 | 3
  /** Fields to fill in before sending (a message), shown above the list. */
  children?: React.ReactNode
}) {
  const H = level === 2 ? 'h2' : 'h3'
  const H2 = level === 2 ? 'h3' : 'h4'
  return (
    <ActionForm action={action} submitLabel={confirmLabel} aria-label={title}>
      <H className="text-lg font-semibold">{title}</H>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {Object.entries(hidden).flatMap(([k, v]) =>
        v === undefined ? [] : [v].flat().map((x, i) => <Hidden key={`${k}-${i}`} name={k} value={x} />),
      )}
      {children}
      <H2 className="font-medium">{recipientsTitle}</H2>
      <RecipientList recipients={recipients} name={name} />
      <Link href={cancelHref} className="text-emerald-800 underline">
        {cancelLabel}
      </Link>
    </ActionForm>
  )
}

/** The list of who gets an email, each posting their key under `name` when one is given. */
export function RecipientList({ recipients, name }: { recipients: Recipient[]; name?: string }) {
  return (
    <ul className="list-disc space-y-1 ps-6">
      {recipients.map((r) => (
        <li key={r.key}>
          {name ? <Hidden name={name} value={r.key} /> : null}
          {r.label ?? (
            <>
              <UserText>{r.name}</UserText>
              {r.email ? (
                <>
                  {' '}
                  <span className="text-sm text-slate-600" dir="ltr">
                    {r.email}
                  </span>
                </>
              ) : null}
              {r.detail ? <>: {r.detail}</> : null}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
