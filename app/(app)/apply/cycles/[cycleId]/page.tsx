// The application form of one call: answers saved as a draft to come back to, then submitted
// before the deadline. After the deadline the draft is shown read-only with a clear note.
import Link from '@/components/ui/link'
import { redirect } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getApplicationForm } from '@/lib/recruitment/queries/applicant'
import { uploadLimitBytes } from '@/lib/recruitment/limits'
import { Card, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SubmitButton } from '@/components/ui/form'
import { AnswerList } from '@/components/recruitment/answer-list'
import { QuestionInput } from '../../_components/question-input'
import { VerifyBanner } from '../../_components/verify-banner'
import { saveApplicationAction } from '../../actions'
import { addRefereeAction, replaceRefereeAction, resendRefereeAction } from '../../_actions/referees'
import { refereesForCall } from '@/lib/referees/queries'
import { RefereePanel } from '@/components/referees/referee-panel'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.recruitment.apply.formPageTitle)

export default async function ApplicationFormPage({ params }: { params: Promise<{ cycleId: string }> }) {
  const viewer = await requirePermission('application:write:own')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).cycleId)
  const form = await orNotFound(getApplicationForm(viewer, cycleId))
  const referees = await refereesForCall(viewer, cycleId)
  const { cycle, application: app } = form
  if (app && app.stage !== 'DRAFT') redirect(`/apply/applications/${app.id}`)
  const t = m.recruitment.apply
  const programme = localText(locale, cycle.programme.name, cycle.programme.nameUr)
  const about = localText(locale, cycle.callDescription, cycle.callDescriptionUr)
  const maxBytes = uploadLimitBytes()
  const fileOf = (key: string) => {
    const f = app?.files.find((x) => x.fieldKey === key)
    return f ? { id: f.file.id, name: f.file.originalName } : null
  }
  const texts = {
    choose: m.recruitment.detail.choose,
    optional: m.common.optional,
    tooBig: t.fileTooBig,
    current: t.currentFile,
    replace: t.replaceFile,
    limit: t.fileLimit,
  }
  return (
    <>
      <PageHeader
        title={fill(t.formTitle, { programme: <UserText>{programme}</UserText> }, locale)}
        description={localName(locale)(cycle)}
      />
      <p className="mb-4">
        <Link href="/apply" className="font-medium text-emerald-800 underline">
          {t.backToPortal}
        </Link>
      </p>
      {!form.emailVerified ? <VerifyBanner m={m} email={form.email} next={`/apply/cycles/${cycle.id}`} /> : null}
      {about ? (
        <p dir="auto" className="mb-4 max-w-3xl whitespace-pre-wrap text-slate-800">
          {about}
        </p>
      ) : null}
      {form.state === 'open' ? (
        <>
          {form.extendedUntil ? (
            <p role="status" className="mb-2 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 font-medium text-emerald-950">
              {format(m.staffTools.applicant.extended, { date: formatDateTime(form.extendedUntil, locale) })}
            </p>
          ) : (
            <p className="mb-2 font-medium">{format(t.deadline, { date: formatDateTime(cycle.applicationsCloseAt, locale) })}</p>
          )}
          <p className="mb-6 text-sm text-slate-700">
            {t.submitHint}
            {app ? ` ${format(t.lastSaved, { date: formatDateTime(app.updatedAt, locale) })}` : ''}
          </p>
          <Card>
            <ActionForm action={saveApplicationAction} aria-label={format(t.formTitle, { programme })} className="space-y-5">
              <Hidden name="cycleId" value={cycle.id} />
              {app ? <Hidden name="version" value={app.version} /> : null}
              {cycle.formFields.map((q) => (
                <QuestionInput
                  key={q.key}
                  q={q}
                  value={app?.answers[q.key]}
                  file={fileOf(q.key)}
                  locale={locale}
                  maxBytes={maxBytes}
                  texts={texts}
                />
              ))}
              <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
                <SubmitButton label={t.saveDraft} variant="secondary" name="intent" value="save" />
                <SubmitButton label={t.submit} name="intent" value="submit" />
              </div>
            </ActionForm>
          </Card>
          <div className="mt-6">
            <RefereePanel
              m={m}
              locale={locale}
              data={referees.mine}
              required={referees.required}
              actions={{ add: addRefereeAction, replace: replaceRefereeAction, resend: resendRefereeAction }}
            />
          </div>
        </>
      ) : (
        <Card>
          <p className="mb-4 rounded-md bg-amber-50 p-3 text-amber-950">
            {form.state === 'closed' ? format(t.closedNote, { date: formatDateTime(cycle.applicationsCloseAt, locale) }) : t.notOpenNote}
          </p>
          {app ? (
            <AnswerList
              fields={cycle.formFields}
              answers={app.answers}
              files={app.files}
              locale={locale}
              labels={{ noAnswer: m.recruitment.detail.noAnswer }}
            />
          ) : null}
        </Card>
      )}
    </>
  )
}
