import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { localName } from '@/lib/i18n/local-text'
import { batchDetail } from '@/lib/stipends/queries'
import { formatPkr } from '@/lib/stipends/money'
import { Badge, Card, DefinitionList, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton, TextField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { formatMonth } from '@/components/stipends/describe'
import { ReasonText } from '@/components/stipends/reason-text'
import { WithName } from '@/components/stipends/with-name'
import { approveBatchAction, regenerateBatchAction, settleAllAction, settleLineAction } from '../actions'

export const generateMetadata = titled((m) => m.stipends.nav.section)

const TONE = { DUE: 'info', HELD: 'warn', PAID: 'good', FAILED: 'bad' } as const

export default async function PaymentBatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; batchId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('payment:prepare')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const batchId = idParam(p.batchId)
  const full = firstParam((await searchParams).iban) === 'full'
  const { batch, lines, totals, frozen, canApprove } = await orNotFound(batchDetail(viewer, batchId, { full, cycleId }))
  const t = m.stipends
  const base = `/staff/cycles/${cycleId}/stipends/${batchId}`
  const due = lines.filter((l) => l.status === 'DUE').length
  return (
    <>
      <PageHeader
        title={format(t.batch.title, { month: formatMonth(batch.monthKey, locale) })}
        description={`${localName(locale)(batch.cycle.programme)}, ${localName(locale)(batch.cycle)}`}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/stipends`} variant="secondary">
            {t.batch.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card>
          <div className="space-y-3">
            <p>
              <Badge tone={frozen ? 'good' : 'warn'}>{t.statuses[batch.status]}</Badge>
            </p>
            <p>
              <WithName
                template={t.batch.prepared}
                name={batch.preparedBy.name}
                vars={{ date: formatDateTime(batch.preparedAt, locale) }}
                locale={locale}
              />
            </p>
            {batch.approvedBy ? (
              <p>
                <WithName
                  template={t.batch.approved}
                  name={batch.approvedBy.name}
                  vars={{ date: formatDateTime(batch.approvedAt, locale) }}
                  locale={locale}
                />
              </p>
            ) : null}
            <DefinitionList
              items={[
                [t.batch.totalDue, formatPkr(totals.duePaisa, locale)],
                [t.batch.totalPaid, formatPkr(totals.paidPaisa, locale)],
                [t.batch.totalHeld, formatPkr(totals.heldPaisa, locale)],
                [t.batch.totalFailed, formatPkr(totals.failedPaisa, locale)],
              ]}
            />
            {!frozen ? (
              <div className="flex flex-wrap items-start gap-4">
                {canApprove ? (
                  <ActionForm action={approveBatchAction} submitLabel={t.batch.approve} aria-label={t.batch.approve}>
                    <Hidden name="batchId" value={batch.id} />
                    <Hidden name="version" value={batch.version} />
                  </ActionForm>
                ) : batch.preparedByViewer ? (
                  <p className="text-slate-800">{t.batch.ownNote}</p>
                ) : null}
                <ActionForm
                  action={regenerateBatchAction}
                  submitLabel={t.batch.regenerate}
                  submitVariant="secondary"
                  aria-label={t.batch.regenerate}
                >
                  <Hidden name="batchId" value={batch.id} />
                  <Hidden name="version" value={batch.version} />
                  <p className="text-sm text-slate-700">{t.batch.regenerateHint}</p>
                </ActionForm>
              </div>
            ) : (
              <div className="flex flex-wrap items-center gap-4">
                {/* A download, not a page: a plain link so the browser saves the file. */}
                <a href={`${base}/export`} className="font-medium text-emerald-800 underline" download>
                  {t.batch.export}
                </a>
              </div>
            )}
            <p className="text-sm text-slate-700">
              <Link href={full ? base : `${base}?iban=full`} className="text-emerald-800 underline">
                {full ? t.batch.hideIbans : t.batch.showIbans}
              </Link>{' '}
              {t.batch.ibanAudit}
            </p>
          </div>
        </Card>
        {frozen && due > 0 ? (
          <Card title={t.batch.allPaid}>
            <ActionForm action={settleAllAction} submitLabel={t.batch.allPaidButton} aria-label={t.batch.allPaid}>
              <Hidden name="batchId" value={batch.id} />
              <Hidden name="version" value={batch.version} />
              <TextField name="reference" label={t.batch.reference} required dir="ltr" />
            </ActionForm>
          </Card>
        ) : null}
        <Table
          caption={t.batch.caption}
          headers={[t.batch.fellow, t.batch.forMonth, t.amount, t.why, t.batch.bank, t.status, t.batch.outcome]}
        >
          {lines.map((l) => (
            <tr key={l.id}>
              <Td>
                <UserText>{l.name}</UserText>
              </Td>
              <Td>
                {formatMonth(l.forMonthKey, locale)}
                {l.attempt > 1 ? ` (${format(t.batch.attempt, { attempt: l.attempt }, locale)})` : ''}
              </Td>
              <Td>{formatPkr(l.amountPaisa, locale)}</Td>
              <Td>
                <ReasonText reason={l.reason} m={m} locale={locale} />
              </Td>
              <Td>
                {l.iban ? (
                  <>
                    <UserText>{l.accountTitle}</UserText>, <UserText>{l.bankName}</UserText>
                    <br />
                    <span dir="ltr" className="font-mono text-sm">
                      {l.iban}
                    </span>
                  </>
                ) : (
                  t.batch.noBank
                )}
              </Td>
              <Td>
                <Badge tone={TONE[l.status]}>{t.lineStatuses[l.status]}</Badge>
                {l.reference ? (
                  <>
                    <br />
                    <UserText>{l.reference}</UserText>
                  </>
                ) : null}
                {l.failureReason ? (
                  <>
                    <br />
                    <UserText>{l.failureReason}</UserText>
                  </>
                ) : null}
              </Td>
              <Td>
                {frozen && l.status === 'DUE' ? (
                  <ActionForm action={settleLineAction} aria-label={`${t.batch.outcome}: ${l.name}`} className="space-y-2">
                    <Hidden name="lineId" value={l.id} />
                    <Hidden name="version" value={l.version} />
                    <TextField name="reference" label={t.batch.reference} dir="ltr" />
                    <TextField name="failureReason" label={t.batch.failureReason} />
                    <div className="flex flex-wrap gap-2">
                      <SubmitButton label={t.batch.markPaid} name="outcome" value="PAID" />
                      <SubmitButton label={t.batch.markFailed} name="outcome" value="FAILED" variant="secondary" />
                    </div>
                  </ActionForm>
                ) : null}
              </Td>
            </tr>
          ))}
        </Table>
      </div>
    </>
  )
}
