// The applicant's portal: their applications with where each stands, and the calls open now.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { getMyAccountState, listMyApplications } from '@/lib/recruitment/queries/applicant'
import { listOpenCalls } from '@/lib/public/queries'
import { listMyExtensions } from '@/lib/recruitment/queries/staff-tools'
import { stageTone } from '@/lib/recruitment/stages'
import { Badge, Card, EmptyState, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { InterviewPlace } from '@/components/recruitment/interview-place'
import { VerifyBanner } from './_components/verify-banner'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.recruitment.apply.portalTitle)

export default async function ApplicantHome() {
  const viewer = await requirePermission('application:write:own')
  const { m, locale } = await getI18n()
  const [applications, openCalls, account, extensions] = await Promise.all([
    listMyApplications(viewer),
    listOpenCalls(),
    getMyAccountState(viewer),
    listMyExtensions(viewer),
  ])
  const t = m.recruitment.apply
  const pname = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  const mine = new Map(applications.map((a) => [a.cycle.id, a]))
  const link = 'font-medium text-emerald-800 underline'
  return (
    <>
      <PageHeader title={t.portalTitle} description={t.portalIntro} />
      {!account.emailVerified ? <VerifyBanner m={m} email={account.email} next="/apply" /> : null}
      {extensions.length ? (
        <Card title={m.staffTools.applicant.listTitle} className="mb-6">
          <ul className="space-y-3">
            {extensions.map((e) => (
              <li key={e.cycle.id}>
                <span className="font-semibold">
                  <UserText>{pname(e.cycle.programme)}</UserText> — <UserText>{localName(locale)(e.cycle)}</UserText>
                </span>
                <span className="block text-sm text-slate-700">
                  {format(m.staffTools.applicant.item, { date: formatDateTime(e.until, locale) })}
                </span>
                <Link href={`/apply/cycles/${e.cycle.id}`} className={link}>
                  {e.started ? m.staffTools.applicant.continue : m.staffTools.applicant.start}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t.myApplications}>
          {applications.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
          <ul className="space-y-4">
            {applications.map((a) => (
              <li key={a.id}>
                <Link href={a.stage === 'DRAFT' ? `/apply/cycles/${a.cycle.id}` : `/apply/applications/${a.id}`} className={link}>
                  <UserText>{pname(a.cycle.programme)}</UserText> — <UserText>{localName(locale)(a.cycle)}</UserText>
                </Link>{' '}
                <Badge tone={stageTone(a.stage)}>{m.recruitment.stages[a.stage]}</Badge>
                {a.canRespond && a.offer ? (
                  <span className="mt-1 block text-sm font-medium text-amber-900">
                    {format(t.offerWaiting, { date: formatDateTime(a.offer.respondBy, locale) })}
                  </span>
                ) : null}
                {a.interviews[0] ? (
                  <span className="mt-1 block text-sm text-slate-700">
                    {format(t.interviewOn, {
                      date: formatDateTime(a.interviews[0].scheduledAt, locale),
                      mode: m.recruitment.modes[a.interviews[0].mode],
                    })}
                    {a.interviews[0].location ? (
                      <span className="block">
                        {fill(t.interviewWhere, { place: <InterviewPlace location={a.interviews[0].location} /> }, locale)}
                      </span>
                    ) : null}
                  </span>
                ) : null}
                {a.stage === 'DRAFT' ? (
                  <span className="mt-1 block text-sm text-slate-700">
                    {a.extended
                      ? format(m.staffTools.applicant.extended, { date: formatDateTime(a.draftDeadline, locale) })
                      : format(t.draftUntil, { date: formatDateTime(a.cycle.applicationsCloseAt, locale) })}
                  </span>
                ) : a.submittedAt ? (
                  <span className="mt-1 block text-sm text-slate-700">
                    {format(t.submittedOn, { date: formatDateTime(a.submittedAt, locale) })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t.openCalls}>
          {openCalls.length === 0 ? <EmptyState>{t.noCalls}</EmptyState> : null}
          <ul className="space-y-4">
            {openCalls.map((c) => {
              const a = mine.get(c.id)
              return (
                <li key={c.id}>
                  <span className="font-semibold">
                    <UserText>{pname(c.programme)}</UserText> — <UserText>{c.name}</UserText>
                  </span>
                  <span className="block text-sm text-slate-700">
                    {format(t.closes, { date: formatDateTime(c.applicationsCloseAt, locale) })}
                  </span>
                  <span className="mt-1 flex flex-wrap gap-4 text-sm">
                    {!a ? (
                      <Link href={`/apply/cycles/${c.id}`} className={link}>
                        {t.start}
                      </Link>
                    ) : a.stage === 'DRAFT' ? (
                      <Link href={`/apply/cycles/${c.id}`} className={link}>
                        {t.continue}
                      </Link>
                    ) : null}
                    <Link href={`/calls/${c.programme.slug}`} className={link}>
                      {t.aboutCall}
                    </Link>
                  </span>
                </li>
              )
            })}
          </ul>
        </Card>
      </div>
    </>
  )
}
