import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName } from '@/lib/i18n/local-text'
import { stipendsOverview } from '@/lib/stipends/queries'
import { formatPkr, paisaToPlain } from '@/lib/stipends/money'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, CheckboxField, Hidden, TextField } from '@/components/ui/form'
import { formatMonth } from '@/components/stipends/describe'
import { UserText } from '@/components/ui/user-text'
import { generateBatchAction, savePolicyAction } from './actions'

export const generateMetadata = titled((m) => m.stipends.nav.section)

export default async function StipendsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('payment:prepare')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const { cycle, policy, batches, suggestedMonth } = await orNotFound(stipendsOverview(viewer, cycleId))
  const t = m.stipends
  return (
    <>
      <PageHeader
        title={format(t.staff.title, { cycle: localName(locale)(cycle) })}
        description={localName(locale)(cycle.programme)}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <p className="max-w-3xl text-slate-800">{t.staff.intro}</p>
        <Card title={t.staff.policy}>
          <p className="mb-4 text-slate-800">
            {policy ? format(t.staff.current, { amount: formatPkr(policy.monthlyPaisa, locale) }, locale) : t.staff.noPolicy}
          </p>
          <ActionForm action={savePolicyAction} submitLabel={t.staff.savePolicy} aria-label={t.staff.policy}>
            <Hidden name="cycleId" value={cycleId} />
            <Hidden name="version" value={policy?.version ?? ''} />
            <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
              <TextField
                name="monthlyPkr"
                label={t.staff.monthly}
                required
                dir="ltr"
                defaultValue={policy ? paisaToPlain(policy.monthlyPaisa).replace(/\.00$/, '') : ''}
              />
              <TextField
                name="holdAfterMissing"
                type="number"
                min={0}
                max={52}
                label={t.staff.holdAfter}
                hint={t.staff.holdAfterHint}
                defaultValue={policy?.holdAfterMissing ?? ''}
              />
            </div>
            <CheckboxField name="prorate" label={t.staff.prorate} defaultChecked={policy?.prorate ?? true} />
          </ActionForm>
        </Card>
        <section className="space-y-4" aria-labelledby="batches">
          <h2 id="batches" className="text-lg font-semibold">
            {t.staff.batches}
          </h2>
          {batches.length === 0 ? (
            <EmptyState>{t.staff.none}</EmptyState>
          ) : (
            <Table
              caption={t.staff.caption}
              headers={[t.month, t.status, t.staff.lines, t.staff.due, t.staff.paid, t.staff.preparedBy, t.staff.approvedBy]}
            >
              {batches.map((b) => (
                <tr key={b.id}>
                  <Td>
                    <Link href={`/staff/cycles/${cycleId}/stipends/${b.id}`} className="font-medium text-emerald-800 underline">
                      {formatMonth(b.monthKey, locale)}
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={b.status === 'APPROVED' ? 'good' : 'warn'}>{t.statuses[b.status]}</Badge>
                  </Td>
                  <Td>{formatNumber(b.lines, locale)}</Td>
                  <Td>{formatPkr(b.duePaisa, locale)}</Td>
                  <Td>{formatPkr(b.paidPaisa, locale)}</Td>
                  <Td>
                    <UserText>{b.preparedBy.name}</UserText>
                  </Td>
                  <Td>{b.approvedBy ? <UserText>{b.approvedBy.name}</UserText> : '—'}</Td>
                </tr>
              ))}
            </Table>
          )}
          {policy && !cycle.archivedAt ? (
            <Card title={t.staff.generate}>
              <ActionForm action={generateBatchAction} submitLabel={t.staff.generateButton} aria-label={t.staff.generate}>
                <Hidden name="cycleId" value={cycleId} />
                <TextField name="month" type="month" label={t.staff.generateMonth} required defaultValue={suggestedMonth} dir="ltr" />
              </ActionForm>
            </Card>
          ) : null}
        </section>
      </div>
    </>
  )
}
