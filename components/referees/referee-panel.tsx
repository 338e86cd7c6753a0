// The applicant's referees: who they named, whether each letter has arrived (never what it
// says), and the forms to add one, replace one who has not written, or email a fresh link.
// Plain forms and <details>: all of it works without JavaScript. Actions come in as props.
import type { ActionState } from '@/lib/server/action-state'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { MyReferees } from '@/lib/referees/queries'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { Badge, Card } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>

function RefereeFields({ m }: { m: Messages }) {
  const t = m.referees.applicant
  return (
    <>
      <TextField name="name" label={t.name} required autoComplete="off" />
      <TextField name="email" label={t.email} type="email" required autoComplete="off" dir="ltr" />
      <TextField name="relation" label={t.relation} hint={t.relationHint} required autoComplete="off" />
    </>
  )
}

export function RefereePanel({
  m,
  locale,
  data,
  required,
  actions,
}: {
  m: Messages
  locale: Locale
  /** Null before the applicant has saved a draft (referees belong to an application). */
  data: MyReferees | null
  required: number
  actions: { add: Action; replace: Action; resend: Action }
}) {
  const t = m.referees.applicant
  if (required === 0) return null
  return (
    <Card title={t.title}>
      <p className="mb-2">{format(t.intro, { n: required }, locale)}</p>
      <p className="mb-4 text-sm text-slate-700">{t.submitRule}</p>
      {!data ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950">{t.saveFirst}</p>
      ) : (
        <div className="space-y-4">
          <p className="font-medium">{format(t.count, { named: data.referees.length, n: required }, locale)}</p>
          {data.referees.length ? (
            <ul aria-label={t.caption} className="space-y-3">
              {data.referees.map((r) => (
                <li key={r.id} className="rounded-md border border-slate-300 p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-semibold">
                      <UserText>{r.name}</UserText>
                    </span>
                    <Badge tone={r.status === 'RECEIVED' ? 'good' : 'info'}>{m.referees.statuses[r.status]}</Badge>
                  </p>
                  <p className="text-sm text-slate-700">
                    <span dir="ltr">{r.email}</span> · <UserText>{r.relation}</UserText>
                  </p>
                  <p className="text-sm text-slate-700">
                    {r.status === 'RECEIVED'
                      ? format(t.receivedOn, { date: formatDateTime(r.receivedAt, locale) })
                      : format(t.requestedOn, { date: formatDateTime(r.createdAt, locale) })}
                  </p>
                  {data.open && r.status === 'REQUESTED' ? (
                    <div className="mt-2 space-y-2">
                      <ActionForm
                        action={actions.resend}
                        submitLabel={t.resend}
                        submitVariant="secondary"
                        aria-label={`${t.resend}: ${r.name}`}
                      >
                        <Hidden name="refereeId" value={r.id} />
                      </ActionForm>
                      <details>
                        <summary className="cursor-pointer font-medium text-emerald-800 underline">{t.replace}</summary>
                        <p className="my-2 text-sm text-slate-700">{t.replaceHint}</p>
                        <ActionForm action={actions.replace} submitLabel={t.replaceButton} aria-label={`${t.replace}: ${r.name}`}>
                          <Hidden name="refereeId" value={r.id} />
                          <RefereeFields m={m} />
                        </ActionForm>
                      </details>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">{t.none}</p>
          )}
          {data.canAdd ? (
            <section aria-labelledby="add-referee" className="border-t border-slate-200 pt-4">
              <h3 id="add-referee" className="mb-2 font-semibold">
                {t.add}
              </h3>
              <ActionForm action={actions.add} submitLabel={t.addButton} aria-label={t.add} resetOnSuccess>
                <Hidden name="applicationId" value={data.applicationId} />
                <RefereeFields m={m} />
              </ActionForm>
            </section>
          ) : null}
          {data.closedBecause ? (
            <p className="text-sm text-slate-700">{data.closedBecause === 'stage' ? t.stageNote : t.closedNote}</p>
          ) : null}
        </div>
      )}
    </Card>
  )
}
