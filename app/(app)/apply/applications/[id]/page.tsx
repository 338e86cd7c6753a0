// One application as its applicant sees it: where it stands, what comes next, an interview,
// the offer to accept or decline, withdrawing, and the answers as submitted.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getMyApplication } from '@/lib/recruitment/queries/applicant'
import { WITHDRAWABLE, stageTone } from '@/lib/recruitment/stages'
import { Badge, Card, PageHeader } from '@/components/ui/basics'
import { ActionForm, CheckboxField, Hidden, SubmitButton } from '@/components/ui/form'
import { AnswerList } from '@/components/recruitment/answer-list'
import { InterviewPlace } from '@/components/recruitment/interview-place'
import { fill, UserText } from '@/components/ui/user-text'
import { respondOfferAction, withdrawAction } from '../../actions'
import { addRefereeAction, replaceRefereeAction, resendRefereeAction } from '../../_actions/referees'
import { listMyReferees } from '@/lib/referees/queries'
import { RefereePanel } from '@/components/referees/referee-panel'
import { localName, localText } from '@/lib/i18n/local-text'
import { myInterviewBooking } from '@/lib/recruitment/slots/queries'
import { InterviewBooking } from './_components/interview-booking'

export const generateMetadata = titled((m) => m.recruitment.apply.whereItStands)

export default async function MyApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('application:write:own')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const a = await orNotFound(getMyApplication(viewer, id))
  const booking = await myInterviewBooking(viewer, id)
  const referees = await listMyReferees(viewer, a.id)
  const t = m.recruitment.apply
  const programme = localText(locale, a.cycle.programme.name, a.cycle.programme.nameUr)
  const offer = a.offer
  return (
    <>
      <PageHeader
        title={fill(t.statusTitle, { programme: <UserText>{programme}</UserText> }, locale)}
        description={localName(locale)(a.cycle)}
      />
      <p className="mb-4">
        <Link href="/apply" className="font-medium text-emerald-800 underline">
          {t.backToPortal}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t.whereItStands}>
            <p className="mb-2">
              <Badge tone={stageTone(a.stage)}>{m.recruitment.stages[a.stage]}</Badge>
              {a.submittedAt ? (
                <span className="ms-2 text-sm text-slate-700">
                  {format(t.submittedOn, { date: formatDateTime(a.submittedAt, locale) })}
                </span>
              ) : null}
            </p>
            <p>{t.next[a.stage]}</p>
            {a.stage === 'DRAFT' && a.callState === 'open' ? (
              <p className="mt-3">
                <Link href={`/apply/cycles/${a.cycle.id}`} className="font-medium text-emerald-800 underline">
                  {t.continue}
                </Link>
              </p>
            ) : null}
          </Card>
          {booking ? (
            <InterviewBooking b={booking} m={m} locale={locale} />
          ) : a.interviews.length ? (
            <Card title={t.interviewTitle}>
              <ul className="space-y-2">
                {a.interviews.map((iv) => (
                  <li key={iv.id}>
                    {format(t.interviewAt, {
                      date: formatDateTime(iv.scheduledAt, locale),
                      minutes: iv.durationMinutes,
                      mode: m.recruitment.modes[iv.mode],
                    })}
                    {iv.location ? (
                      <span className="block">{fill(t.interviewWhere, { place: <InterviewPlace location={iv.location} /> }, locale)}</span>
                    ) : null}
                    {iv.status === 'COMPLETED' ? <Badge tone="good">{m.recruitment.interviewStatuses.COMPLETED}</Badge> : null}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {offer ? (
            <Card title={t.offerTitle}>
              {a.canRespond ? (
                <>
                  <p className="mb-2 font-medium">{format(t.offerBy, { date: formatDateTime(offer.respondBy, locale) })}</p>
                  {offer.message ? (
                    <p dir="auto" className="mb-3 rounded-md bg-slate-50 p-3 whitespace-pre-wrap">
                      {offer.message}
                    </p>
                  ) : null}
                  <ActionForm action={respondOfferAction} aria-label={t.offerTitle} className="space-y-3">
                    <Hidden name="applicationId" value={a.id} />
                    <Hidden name="version" value={a.version} />
                    <div className="flex flex-wrap gap-3">
                      <SubmitButton label={t.accept} name="decision" value="ACCEPT" />
                      <SubmitButton label={t.decline} variant="secondary" name="decision" value="DECLINE" />
                    </div>
                  </ActionForm>
                </>
              ) : (
                <p>
                  <Badge tone={offer.status === 'ACCEPTED' ? 'good' : 'bad'}>{m.recruitment.offerStatuses[offer.status]}</Badge>
                  <span className="ms-2">
                    {offer.status === 'EXPIRED' ? format(t.expired, { date: formatDateTime(offer.respondBy, locale) }) : ''}
                  </span>
                </p>
              )}
              {a.fellowship ? <p className="mt-3 rounded-md bg-emerald-50 p-3 text-emerald-950">{t.welcome}</p> : null}
            </Card>
          ) : null}
          <RefereePanel
            m={m}
            locale={locale}
            data={referees}
            required={referees.required}
            actions={{ add: addRefereeAction, replace: replaceRefereeAction, resend: resendRefereeAction }}
          />
          <Card title={t.yourAnswers}>
            <AnswerList
              fields={a.cycle.formFields}
              answers={a.answers}
              files={a.files}
              locale={locale}
              labels={{ noAnswer: m.recruitment.detail.noAnswer }}
            />
          </Card>
        </div>
        <div>
          {WITHDRAWABLE.includes(a.stage) ? (
            <Card title={t.withdraw}>
              <p className="mb-3 text-sm text-slate-700">{t.withdrawHint}</p>
              <ActionForm action={withdrawAction} submitLabel={t.withdraw} submitVariant="danger" aria-label={t.withdraw}>
                <Hidden name="applicationId" value={a.id} />
                <Hidden name="version" value={a.version} />
                <CheckboxField name="confirm" label={t.withdrawConfirm} />
              </ActionForm>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  )
}
