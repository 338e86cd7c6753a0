// The cycle's ranked waitlist: the places free and the one-step offer to the first on it, the
// list with a rank to set for each, and a form to put an application on it.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { cycleWaitlist, waitlistCandidates } from '@/lib/recruitment/waitlist/queries'
import { localName } from '@/lib/i18n/local-text'
import { Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField, TextField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { OfferNext } from '../_components/offer-next'
import { waitlistAction } from '../_actions/waitlist'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.waitlist.nav}`)

export default async function WaitlistPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('application:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [w, candidates] = await Promise.all([cycleWaitlist(viewer, id), waitlistCandidates(viewer, id)])
  const t = m.waitlist
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)} description={t.intro} />
      <RecruitmentNav cycleId={id} current="waitlist" m={m} />
      <p className="mb-4">{format(t.places, w.places, locale)}</p>
      <OfferNext w={w} cycleId={id} m={m} locale={locale} />
      <div className="space-y-6">
        {w.list.length === 0 ? (
          <EmptyState>{t.empty}</EmptyState>
        ) : (
          <Table caption={t.caption} headers={[t.colRank, t.colApplicant, t.colScore, t.colDistrict, t.colMove]}>
            {w.list.map((a) => (
              <tr key={a.id}>
                <Td>{formatNumber(a.waitlistRank, locale)}</Td>
                <Td>
                  <Link href={`/staff/cycles/${id}/recruitment/applications/${a.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{a.applicant.name}</UserText>
                  </Link>
                </Td>
                <Td>{formatNumber(a.scoreMean, locale, 2)}</Td>
                <Td>
                  <UserText>{a.district ?? '—'}</UserText>
                </Td>
                <Td>
                  <ActionForm
                    action={waitlistAction}
                    submitLabel={t.setRank}
                    submitVariant="secondary"
                    aria-label={format(t.rankFor, { name: a.applicant.name })}
                    className="flex flex-wrap items-end gap-2"
                  >
                    <Hidden name="applicationId" value={a.id} />
                    <Hidden name="intent" value="rank" />
                    <TextField
                      name="rank"
                      type="number"
                      label={fill(t.rankFor, { name: <UserText>{a.applicant.name}</UserText> }, locale)}
                      min={1}
                      max={w.list.length}
                      defaultValue={a.waitlistRank}
                      required
                    />
                  </ActionForm>
                </Td>
              </tr>
            ))}
          </Table>
        )}
        <Card title={t.addTitle}>
          {candidates.length ? (
            <ActionForm
              action={waitlistAction}
              submitLabel={t.add}
              className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
              aria-label={t.addTitle}
            >
              <p className="text-sm text-slate-700 md:col-span-2">{t.addHint}</p>
              <SelectField
                name="applicationId"
                label={t.application}
                required
                placeholder={t.choose}
                options={candidates.map((c) => ({
                  value: c.id,
                  label: `${c.applicant.name} · ${m.recruitment.stages[c.stage]}${c.scoreMean !== null ? ` · ${formatNumber(c.scoreMean, locale, 2)}` : ''}`,
                }))}
              />
              <TextField name="rank" type="number" label={t.rank} min={1} />
            </ActionForm>
          ) : (
            <EmptyState>{t.noCandidates}</EmptyState>
          )}
        </Card>
      </div>
    </>
  )
}
