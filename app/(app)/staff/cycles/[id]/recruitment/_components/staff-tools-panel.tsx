// Staff-only tools on an application's page: notes (newest first), tags, and this applicant's
// own deadline. Nothing here is ever shown to reviewers or the applicant.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { StaffTools } from '@/lib/recruitment/queries/staff-tools'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { Card } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { addNoteAction, addTagAction, grantExtensionAction, removeTagAction, revokeExtensionAction } from '../_actions/staff-tools'

export function StaffNotesPanel({ m, locale, appId, tools }: { m: Messages; locale: Locale; appId: string; tools: StaffTools }) {
  const t = m.staffTools.notes
  return (
    <Card title={t.title}>
      <p className="mb-3 text-sm text-slate-700">{t.hint}</p>
      <ActionForm action={addNoteAction} submitLabel={t.add} resetOnSuccess aria-label={t.add} className="mb-4 space-y-3">
        <Hidden name="applicationId" value={appId} />
        <TextAreaField name="body" label={t.body} rows={3} required dir="auto" />
      </ActionForm>
      {tools.notes.length === 0 ? (
        <p className="text-sm text-slate-700">{t.none}</p>
      ) : (
        <ol aria-label={t.listLabel} className="space-y-3">
          {tools.notes.map((n) => (
            <li key={n.id} className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <p dir="auto" className="whitespace-pre-wrap text-slate-900">
                {n.body}
              </p>
              <p className="mt-1 text-xs text-slate-600">
                {fill(t.by, { name: <UserText>{n.author.name}</UserText>, date: formatDateTime(n.createdAt, locale) }, locale)}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  )
}

export function StaffTagsPanel({ m, appId, tools }: { m: Messages; appId: string; tools: StaffTools }) {
  const t = m.staffTools.tags
  return (
    <Card title={t.title}>
      <p className="mb-3 text-sm text-slate-700">{t.hint}</p>
      {tools.tags.length === 0 ? (
        <p className="mb-3 text-sm text-slate-700">{t.none}</p>
      ) : (
        <ul aria-label={t.listLabel} className="mb-3 space-y-1">
          {tools.tags.map((tag) => (
            <li key={tag} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="rounded-full bg-sky-100 px-3 py-0.5 text-sky-950">
                <bdi>{tag}</bdi>
              </span>
              <ActionForm
                action={removeTagAction}
                submitLabel={format(t.remove, { tag })}
                submitVariant="link"
                aria-label={format(t.remove, { tag })}
              >
                <Hidden name="applicationId" value={appId} />
                <Hidden name="tag" value={tag} />
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm
        action={addTagAction}
        submitLabel={t.add}
        submitVariant="secondary"
        resetOnSuccess
        aria-label={t.add}
        className="space-y-3"
      >
        <Hidden name="applicationId" value={appId} />
        <TextField name="tag" label={t.tag} hint={t.tagHint} required dir="auto" />
      </ActionForm>
      {tools.suggestions.length ? (
        <div className="mt-3">
          <p className="text-sm text-slate-700">{t.suggestions}</p>
          {/* One press adds a tag the cycle already uses, spelt as the others are. */}
          <ul className="mt-1 flex flex-wrap gap-2">
            {tools.suggestions.slice(0, 15).map((s) => (
              // A tag is data, not UI copy: its button takes the tag's own direction (a button's
              // label is plain text, so the list item carries it, as dir="auto" would decide).
              <li key={s} dir={/[\u0600-\u06FF]/.test(s) ? 'rtl' : 'ltr'}>
                <ActionForm action={addTagAction} submitLabel={s} submitVariant="secondary" aria-label={format(t.addNamed, { tag: s })}>
                  <Hidden name="applicationId" value={appId} />
                  <Hidden name="tag" value={s} />
                </ActionForm>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  )
}

export function ExtensionPanel({ m, locale, cycleId, tools }: { m: Messages; locale: Locale; cycleId: string; tools: StaffTools }) {
  const t = m.staffTools.extension
  const e = tools.extension
  const now = new Date()
  const running = e && !e.revokedAt && e.until > now
  // Nothing to show or do: a submitted application without an extension, or a call not recruiting.
  if (!e && !tools.canExtend) return null
  return (
    <Card title={t.title}>
      {tools.closesAt ? (
        <p className="mb-2 text-sm text-slate-700">{format(t.callCloses, { date: formatDateTime(tools.closesAt, locale) })}</p>
      ) : null}
      {e ? (
        <div className="mb-3 space-y-1 text-sm">
          <p className="font-medium">
            {fill(t.current, { date: formatDateTime(e.until, locale), name: <UserText>{e.grantedBy.name}</UserText> }, locale)}
          </p>
          <p>
            {t.reason}: <UserText>{e.reason}</UserText>
          </p>
          {e.revokedAt ? <p>{format(t.revokedOn, { date: formatDateTime(e.revokedAt, locale) })}</p> : null}
          {!e.revokedAt && !running ? <p>{format(t.ended, { date: formatDateTime(e.until, locale) })}</p> : null}
          {!e.revokedAt ? (
            <ActionForm action={revokeExtensionAction} submitLabel={t.revoke} submitVariant="danger" aria-label={t.revoke}>
              <Hidden name="cycleId" value={cycleId} />
              <Hidden name="userId" value={tools.applicantId} />
            </ActionForm>
          ) : null}
        </div>
      ) : null}
      {tools.canExtend ? (
        <ActionForm
          action={grantExtensionAction}
          submitLabel={e && !e.revokedAt ? t.change : t.grant}
          aria-label={t.grant}
          className="space-y-3"
        >
          <Hidden name="cycleId" value={cycleId} />
          <Hidden name="email" value={tools.applicantEmail} />
          <TextField name="until" type="datetime-local" label={t.until} hint={t.untilHint} required />
          <TextAreaField name="reason" label={t.reason} hint={t.reasonHint} rows={2} required dir="auto" />
        </ActionForm>
      ) : (
        <p className="text-sm text-slate-700">{t.notDraft}</p>
      )}
    </Card>
  )
}
