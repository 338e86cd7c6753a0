// A cycle's certificates of completion: each fellow, whether the programme's conditions are
// met (and why not), and the certificate: issue it (with a reason when the conditions are not
// met), every eligible one at once, or revoke one with a reason.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName } from '@/lib/i18n/local-text'
import { listCycleCertificates } from '@/lib/certificates/queries'
import type { Unmet } from '@/lib/certificates/conditions'
import { displayCode, verifyPath } from '@/lib/certificates/code'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { fill, UserText } from '@/components/ui/user-text'
import { issueAllCertificatesAction, issueCertificateAction, revokeCertificateAction } from './actions'

export const generateMetadata = titled((m) => m.certificates.staff.title)

function unmetText(u: Unmet, m: Messages, locale: Locale): string {
  const t = m.certificates.staff.unmet
  if (u.kind === 'notPlaced') return t.notPlaced
  if (u.kind === 'deliverables') return format(t.deliverables, { open: u.open, total: u.total }, locale)
  return format(t.evaluations, { missing: u.missing, total: u.total }, locale)
}

export default async function CycleCertificatesPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('certificate:manage')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const { cycle, fellows } = await orNotFound(listCycleCertificates(viewer, cycleId))
  const t = m.certificates.staff
  const p = cycle.programme
  const rules = [
    p.completionNeedsDeliverables ? m.certificates.programme.needsDeliverables : null,
    p.completionNeedsEvaluations ? m.certificates.programme.needsEvaluations : null,
  ].filter((r): r is string => !!r)
  const eligible = fellows.filter((f) => !f.certificate && f.conditions.met).length
  return (
    <>
      <PageHeader
        title={t.title}
        description={`${localName(locale)(p)}, ${localName(locale)(cycle)}`}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <p className="max-w-3xl text-slate-800">{t.intro}</p>
        <Card>
          {rules.length ? (
            <>
              <p className="font-medium">{t.rules}</p>
              <ul className="ms-5 list-disc">
                {rules.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.noRules}</p>
          )}
          <p className="mt-2 text-sm">
            <Link href={`/staff/programmes/${p.id}`} className="font-medium text-emerald-800 underline">
              {t.editRules}
            </Link>
          </p>
        </Card>
        {eligible > 0 ? (
          <Card title={t.issueAll}>
            <ActionForm action={issueAllCertificatesAction} submitLabel={t.issueAllButton} aria-label={t.issueAll}>
              <Hidden name="cycleId" value={cycleId} />
              <p>{format(t.issueAllIntro, { count: eligible }, locale)}</p>
            </ActionForm>
          </Card>
        ) : null}
        {fellows.length === 0 ? (
          <EmptyState>{t.none}</EmptyState>
        ) : (
          <Table caption={t.caption} headers={[t.fellow, t.fellowship, t.conditions, t.certificate]}>
            {fellows.map((f) => {
              const c = f.certificate
              const name = f.user.name
              return (
                <tr key={f.id}>
                  <Td className="font-medium">
                    <UserText>{name}</UserText>
                  </Td>
                  <Td>
                    <Badge tone={f.status === 'COMPLETED' ? 'good' : f.status === 'ACTIVE' ? 'info' : 'neutral'}>
                      {m.certificates.fellowshipStatuses[f.status]}
                    </Badge>
                  </Td>
                  <Td>
                    {f.conditions.ended ? (
                      <span>{t.ended}</span>
                    ) : f.conditions.met ? (
                      <Badge tone="good">{t.met}</Badge>
                    ) : (
                      <ul className="ms-4 list-disc text-sm">
                        {f.conditions.unmet.map((u) => (
                          <li key={u.kind}>{unmetText(u, m, locale)}</li>
                        ))}
                      </ul>
                    )}
                  </Td>
                  <Td className="min-w-72">
                    {c ? (
                      <div className="space-y-2 text-sm">
                        <p>
                          <Link href={verifyPath(c.code)} className="font-mono font-medium text-emerald-800 underline" dir="ltr">
                            {displayCode(c.code)}
                          </Link>{' '}
                          {c.revokedAt ? (
                            <Badge tone="bad">{format(t.revokedOn, { date: formatDate(c.revokedAt, locale) }, locale)}</Badge>
                          ) : (
                            <Badge tone="good">{format(t.issuedOn, { date: formatDate(c.issuedAt, locale) }, locale)}</Badge>
                          )}
                        </p>
                        {c.overrideReason ? (
                          <p className="text-slate-700">{fill(t.overrode, { reason: <UserText>{c.overrideReason}</UserText> }, locale)}</p>
                        ) : null}
                        {c.revokeReason ? (
                          <p className="text-slate-700">
                            {fill(t.revokedBecause, { reason: <UserText>{c.revokeReason}</UserText> }, locale)}
                          </p>
                        ) : null}
                        {c.revokedAt ? null : (
                          <details>
                            <summary className="cursor-pointer font-medium text-red-800">{t.revoke}</summary>
                            <ActionForm
                              action={revokeCertificateAction}
                              submitLabel={t.revoke}
                              submitVariant="danger"
                              aria-label={format(t.revokeFor, { name }, locale)}
                              className="mt-2 space-y-2"
                            >
                              <Hidden name="certificateId" value={c.id} />
                              <Hidden name="version" value={c.version} />
                              <TextField name="reason" label={t.revokeReason} required />
                            </ActionForm>
                          </details>
                        )}
                      </div>
                    ) : f.conditions.ended ? (
                      <span className="text-sm text-slate-700">{t.notIssued}</span>
                    ) : f.conditions.met ? (
                      <ActionForm action={issueCertificateAction} submitLabel={t.issue} aria-label={format(t.issueFor, { name }, locale)}>
                        <Hidden name="fellowshipId" value={f.id} />
                      </ActionForm>
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-sm font-medium text-emerald-800">{t.issueAnyway}</summary>
                        <ActionForm
                          action={issueCertificateAction}
                          submitLabel={t.issueAnyway}
                          aria-label={format(t.issueAnywayFor, { name }, locale)}
                          className="mt-2 space-y-2"
                        >
                          <Hidden name="fellowshipId" value={f.id} />
                          <TextField name="overrideReason" label={t.overrideReason} required />
                        </ActionForm>
                      </details>
                    )}
                  </Td>
                </tr>
              )
            })}
          </Table>
        )}
      </div>
    </>
  )
}
