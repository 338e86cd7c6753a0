// One application for staff: the applicant and answers, screening, stage, reviews,
// interviews and the offer.
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getApplicationForStaff } from '@/lib/recruitment/queries/application'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listReviewerPool } from '@/lib/recruitment/queries/decisions'
import { applicationRef } from '@/lib/recruitment/queries/reviews'
import { describeNote } from '@/lib/recruitment/eligibility'
import { STAFF_MOVABLE, canStaffMove, stageTone } from '@/lib/recruitment/stages'
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/basics'
import { messageHint } from '@/components/recruitment/message-hint'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField, TextAreaField } from '@/components/ui/form'
import { AnswerList } from '@/components/recruitment/answer-list'
import { RecruitmentNav } from '../../_components/recruitment-nav'
import { ReviewPanel } from '../../_components/review-panel'
import { InterviewPanel } from '../../_components/interview-panel'
import { OfferPanel } from '../../_components/offer-panel'
import { ExtensionPanel, StaffNotesPanel, StaffTagsPanel } from '../../_components/staff-tools-panel'
import { getStaffTools } from '@/lib/recruitment/queries/staff-tools'
import { eligibilityTone } from '@/components/recruitment/tones'
import { decideEligibilityAction, moveOneAction } from '../../_actions/pipeline'
import { localOption } from '@/lib/i18n/local-text'
import { listLettersForStaff } from '@/lib/referees/queries'
import { StaffLetters } from '@/components/referees/staff-letters'
import { saveRedactionAction } from '../../_actions/referees'
import Link from '@/components/ui/link'
import { format } from '@/lib/i18n/define'
import { otherApplications } from '@/lib/person-search/queries'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.detail.pageTitle}`)

export default async function StaffApplicationPage({ params }: { params: Promise<{ id: string; appId: string }> }) {
  const viewer = await requirePermission('application:read:any')
  const { m, locale } = await getI18n()
  const raw = await params
  const id = idParam(raw.id)
  const appId = idParam(raw.appId)
  const a = await orNotFound(getApplicationForStaff(viewer, appId))
  // An application reached through another cycle's URL is not this page's to show.
  if (a.cycleId !== id) notFound()
  const [{ cycle }, pool] = await Promise.all([getRecruitmentSummary(viewer, id), listReviewerPool(viewer, id)])
  const letters = await listLettersForStaff(viewer, a.id)
  // Staff-only: notes, tags and this applicant's own deadline (never on a reviewer's page).
  const tools = await getStaffTools(viewer, a.id)
  const others = await otherApplications(viewer, a.applicant.id, a.id)
  const t = m.recruitment.detail
  const moves = STAFF_MOVABLE.filter((s) => canStaffMove(a.stage, s))
  const choice = (key: string, value: string) => {
    const o = a.cycle.formFields.find((f) => f.key === key)?.options.find((x) => x.value === value)
    return o ? localOption(locale, o) : value
  }
  return (
    <>
      <PageHeader
        title={fill(t.title, { name: <UserText>{a.applicant.name}</UserText> }, locale)}
        description={fill(
          t.reference,
          {
            ref: (
              <span dir="ltr" className="font-mono">
                {applicationRef(a.id)}
              </span>
            ),
          },
          locale,
        )}
      />
      <RecruitmentNav cycleId={id} current="board" m={m} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t.applicant}>
            <DefinitionList
              items={[
                [m.common.name, a.applicant.name],
                [
                  m.common.email,
                  <span key="e" dir="ltr">
                    {a.applicant.email}
                  </span>,
                ],
                [
                  t.stage,
                  <Badge key="s" tone={stageTone(a.stage)}>
                    {m.recruitment.stages[a.stage]}
                  </Badge>,
                ],
                [t.submitted, formatDateTime(a.submittedAt, locale)],
                [
                  m.personSearch.acrossCycles,
                  <Link key="h" href={`/staff/people/search/${a.applicant.id}`} className="text-emerald-800 underline">
                    {others.total
                      ? format(m.personSearch.otherApplications, { n: others.total, rejected: others.rejected }, locale)
                      : m.personSearch.noOtherApplications}
                  </Link>,
                ],
              ]}
            />
          </Card>
          <Card title={t.answers}>
            {a.cycle.blindReview ? <p className="mb-2 text-sm text-slate-700">{t.blindNote}</p> : null}
            <AnswerList
              fields={a.cycle.formFields}
              answers={a.answers}
              files={a.files}
              locale={locale}
              labels={{ noAnswer: t.noAnswer, personal: a.cycle.blindReview ? t.personalNote : undefined }}
            />
          </Card>
          {letters.length || cycle.refereesRequired ? (
            <StaffLetters
              m={m}
              locale={locale}
              letters={letters}
              blind={a.cycle.blindReview}
              fileHref={(refereeId) => `/staff/cycles/${id}/recruitment/applications/${a.id}/letters/${refereeId}`}
              redact={saveRedactionAction}
            />
          ) : null}
          <ReviewPanel m={m} locale={locale} a={a} pool={pool} />
          <InterviewPanel m={m} locale={locale} a={a} pool={pool} />
          <StaffNotesPanel m={m} locale={locale} appId={a.id} tools={tools} />
        </div>
        <div className="space-y-6">
          <StaffTagsPanel m={m} appId={a.id} tools={tools} />
          <Card title={t.screening}>
            <p className="mb-2">
              <Badge tone={eligibilityTone(a.eligibility)}>{m.recruitment.eligibility.statuses[a.eligibility]}</Badge>
            </p>
            {a.eligibilityNotes.length ? (
              <ul className="mb-3 list-disc space-y-1 ps-5 text-sm">
                {a.eligibilityNotes.map((n) => (
                  <li key={n}>{describeNote(n, m.recruitment.eligibility.notes, locale, choice, m.common.genders)}</li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-sm text-slate-700">{t.screeningNone}</p>
            )}
            <ActionForm
              action={decideEligibilityAction}
              submitLabel={a.eligibility === 'FLAGGED' ? t.markEligible : t.markFlagged}
              submitVariant="secondary"
              aria-label={t.screening}
            >
              <Hidden name="id" value={a.id} />
              <Hidden name="version" value={a.version} />
              <Hidden name="status" value={a.eligibility === 'FLAGGED' ? 'ELIGIBLE' : 'FLAGGED'} />
            </ActionForm>
          </Card>
          <Card title={t.move}>
            {moves.length ? (
              <ActionForm action={moveOneAction} submitLabel={t.moveSubmit} aria-label={t.move}>
                <Hidden name="id" value={a.id} />
                <Hidden name="version" value={a.version} />
                <SelectField
                  name="to"
                  label={t.moveTo}
                  required
                  placeholder={t.choose}
                  options={moves.map((s) => ({ value: s, label: m.recruitment.stages[s] }))}
                />
                <TextAreaField
                  name="message"
                  label={t.moveMessage}
                  hint={messageHint(m.recruitment.board.bulkMessageHint, locale)}
                  rows={3}
                  dir="auto"
                />
              </ActionForm>
            ) : (
              <p className="text-sm text-slate-700">{t.cannotMoveHere}</p>
            )}
          </Card>
          <OfferPanel m={m} locale={locale} a={a} seats={{ filled: cycle._count.fellowships, target: cycle.targetFellowCount }} />
          <ExtensionPanel m={m} locale={locale} cycleId={id} tools={tools} />
        </div>
      </div>
    </>
  )
}
