import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { localName } from '@/lib/i18n/local-text'
import { myPayments } from '@/lib/stipends/portal'
import { formatPkr } from '@/lib/stipends/money'
import { Badge, Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { describeReason, formatMonth } from '@/components/stipends/describe'
import { ReasonText } from '@/components/stipends/reason-text'
import { saveBankAccountAction } from './actions'

export const generateMetadata = titled((m) => m.stipends.fellow.title)

const TONE = { DUE: 'info', HELD: 'warn', PAID: 'good', FAILED: 'bad' } as const

export default async function FellowPaymentsPage() {
  const viewer = await requirePermission('payment:read:own')
  const { m, locale } = await getI18n()
  const { bank, programmes } = await myPayments(viewer)
  const t = m.stipends
  return (
    <>
      <PageHeader title={t.fellow.title} description={t.fellow.intro} />
      <div className="space-y-6">
        {programmes.map((p) => (
          <section
            key={p.fellowshipId}
            className="space-y-4"
            aria-label={`${localName(locale)(p.cycle.programme)}, ${localName(locale)(p.cycle)}`}
          >
            <h2 className="text-lg font-semibold">
              {localName(locale)(p.cycle.programme)}, {localName(locale)(p.cycle)}
            </h2>
            {p.monthlyPaisa !== null ? <p>{format(t.fellow.monthly, { amount: formatPkr(p.monthlyPaisa, locale) }, locale)}</p> : null}
            <Card title={t.fellow.next}>
              <p>
                {p.next
                  ? `${format(t.fellow.nextLine, { month: formatMonth(p.next.monthKey, locale), amount: formatPkr(p.next.amountPaisa, locale) }, locale)} (${describeReason(m, locale, p.next.reason)})`
                  : t.fellow.nothingNext}
              </p>
            </Card>
            <h3 className="font-semibold">{t.fellow.history}</h3>
            {p.lines.length === 0 ? (
              <EmptyState>{t.fellow.none}</EmptyState>
            ) : (
              <Table caption={t.fellow.caption} headers={[t.month, t.amount, t.why, t.status, t.fellow.reference]}>
                {p.lines.map((l) => (
                  <tr key={l.id}>
                    <Td>{formatMonth(l.forMonthKey, locale)}</Td>
                    <Td>{formatPkr(l.amountPaisa, locale)}</Td>
                    <Td>
                      <ReasonText reason={l.reason} m={m} locale={locale} />
                    </Td>
                    <Td>
                      <Badge tone={TONE[l.status]}>{t.lineStatuses[l.status]}</Badge>
                      {l.failureReason ? (
                        <>
                          <br />
                          <UserText>{l.failureReason}</UserText>
                        </>
                      ) : null}
                    </Td>
                    <Td>{l.reference ? <UserText>{l.reference}</UserText> : '—'}</Td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        ))}
        <Card title={t.fellow.bank}>
          {bank ? null : <p className="mb-4 text-slate-800">{t.fellow.noBank}</p>}
          <ActionForm action={saveBankAccountAction} submitLabel={t.fellow.saveBank} aria-label={t.fellow.bank}>
            <Hidden name="version" value={bank?.version ?? ''} />
            <TextField
              name="accountTitle"
              label={t.fellow.accountTitle}
              required
              autoComplete="name"
              defaultValue={bank?.accountTitle}
              dir="auto"
            />
            <TextField name="bankName" label={t.fellow.bankName} required defaultValue={bank?.bankName} dir="auto" />
            <TextField name="iban" label={t.fellow.iban} hint={t.fellow.ibanHint} required dir="ltr" defaultValue={bank?.ibanGrouped} />
          </ActionForm>
        </Card>
      </div>
    </>
  )
}
