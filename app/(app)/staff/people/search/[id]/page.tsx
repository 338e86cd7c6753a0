// One person's history across every cycle: applications and their outcomes (a re-application
// after a rejection flagged, an application's CNIC that is not the account's pointed out),
// fellowships with their department and certificate, and the alumni record. Staff only.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localText } from '@/lib/i18n/local-text'
import { districtLabel } from '@/lib/recruitment/districts'
import { stageTone } from '@/lib/recruitment/stages'
import { personHistory } from '@/lib/person-search/queries'
import { Badge, Card, DefinitionList, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.personSearch.history)

export default async function PersonHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('application:read:any')
  const { m, locale } = await getI18n()
  const p = await orNotFound(personHistory(viewer, idParam((await params).id)))
  const t = m.personSearch
  return (
    <>
      <PageHeader
        title={<UserText>{p.name}</UserText>}
        description={format(t.since, { date: formatDate(p.createdAt, locale) }, locale)}
        actions={
          <LinkButton href="/staff/people/search" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card title={t.account}>
          <DefinitionList
            items={[
              [
                m.common.email,
                <span dir="ltr" key="e">
                  {p.email}
                </span>,
              ],
              [
                t.phone,
                <span dir="ltr" key="p">
                  {p.phone ?? '—'}
                </span>,
              ],
              [
                t.cnic,
                <span dir="ltr" key="c">
                  {p.cnic ?? '—'}
                </span>,
              ],
              [m.common.role, `${m.common.roles[p.role]}${p.active ? '' : ` · ${t.inactive}`}`],
              [t.gender, p.gender ? m.common.genders[p.gender] : '—'],
              [t.district, districtLabel(p.district, locale)],
            ]}
          />
        </Card>
        <Card title={t.applicationsTitle}>
          {p.applications.length ? (
            <Table caption={t.applicationsTitle} headers={[t.programme, t.cycle, t.outcome, t.submitted, '']}>
              {p.applications.map((a) => (
                <tr key={a.id}>
                  <Td>
                    <UserText>{localText(locale, a.programmeName, a.programmeNameUr)}</UserText>
                  </Td>
                  <Td>
                    <UserText>{localText(locale, a.cycleName, a.cycleNameUr)}</UserText>
                  </Td>
                  <Td>
                    <Badge tone={stageTone(a.stage)}>{m.recruitment.stages[a.stage]}</Badge>
                    {a.reappliedAfterRejection ? (
                      <>
                        {' '}
                        <Badge tone="info">{t.reapplied}</Badge>
                      </>
                    ) : null}
                    {a.cnicClash ? (
                      <p className="mt-1 text-sm text-amber-800">{format(t.cnicClash, { cnic: a.cnicClash }, locale)}</p>
                    ) : null}
                  </Td>
                  <Td>{formatDate(a.submittedAt, locale)}</Td>
                  <Td>
                    <Link href={`/staff/cycles/${a.cycleId}/recruitment/applications/${a.id}`} className="text-emerald-800 underline">
                      {t.open}
                    </Link>
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <EmptyState>{t.noApplications}</EmptyState>
          )}
        </Card>
        <Card title={t.fellowshipsTitle}>
          {p.fellowships.length ? (
            <Table caption={t.fellowshipsTitle} headers={[t.programme, t.cycle, t.department, t.status, t.certificate]}>
              {p.fellowships.map((f) => (
                <tr key={f.id}>
                  <Td>
                    <UserText>{localText(locale, f.programmeName, f.programmeNameUr)}</UserText>
                  </Td>
                  <Td>
                    <UserText>{localText(locale, f.cycleName, f.cycleNameUr)}</UserText>
                  </Td>
                  <Td>
                    {f.department ? <UserText>{localText(locale, f.department.name, f.department.nameUr)}</UserText> : '—'}
                    {f.project ? (
                      <>
                        {' · '}
                        <UserText>{f.project}</UserText>
                      </>
                    ) : null}
                  </Td>
                  <Td>{m.certificates.fellowshipStatuses[f.status]}</Td>
                  <Td>
                    {f.certificate
                      ? f.certificate.revokedAt
                        ? format(t.certificateRevoked, { date: formatDate(f.certificate.revokedAt, locale) }, locale)
                        : format(t.certificateIssued, { date: formatDate(f.certificate.issuedAt, locale) }, locale)
                      : '—'}
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <EmptyState>{t.noFellowships}</EmptyState>
          )}
        </Card>
        <Card title={t.alumniTitle}>
          {p.alumni ? (
            <DefinitionList
              items={[
                [t.currentRole, <UserText key="r">{p.alumni.currentRole ?? '—'}</UserText>],
                [t.organisation, <UserText key="o">{p.alumni.organisation ?? '—'}</UserText>],
                [t.sector, <UserText key="s">{p.alumni.sector ?? '—'}</UserText>],
                [t.nextStep, <UserText key="n">{p.alumni.nextStep ?? '—'}</UserText>],
              ]}
            />
          ) : (
            <EmptyState>{t.noAlumni}</EmptyState>
          )}
        </Card>
      </div>
    </>
  )
}
