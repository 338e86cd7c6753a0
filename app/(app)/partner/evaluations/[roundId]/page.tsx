import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate, formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { getDepartmentRound } from '@/lib/evaluations/portal'
import { Card, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { EvaluationStatus } from '@/components/evaluations/status-badge'

type Props = { params: Promise<{ roundId: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m, locale } = await getI18n()
  const viewer = await requirePermission('evaluation:write:department')
  const r = await getDepartmentRound(viewer, idParam((await params).roundId)).catch(() => null)
  return { title: r ? localText(locale, r.round.name, r.round.nameUr) : m.evaluations.partner.title }
}

export default async function PartnerEvaluationRoundPage({ params }: Props) {
  const viewer = await requirePermission('evaluation:write:department')
  const { m, locale } = await getI18n()
  const { round, asksSupervisor, fellows, departmentFeedback } = await orNotFound(
    getDepartmentRound(viewer, idParam((await params).roundId)),
  )
  const t = m.evaluations
  return (
    <>
      <PageHeader
        title={localText(locale, round.name, round.nameUr)}
        description={`${localName(locale)(round.cycle)} · ${format(t.dueOn, { date: formatDate(round.dueAt, locale) }, locale)}`}
        actions={
          <LinkButton href="/partner/evaluations" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        {asksSupervisor ? (
          <Card title={t.directions.SUPERVISOR}>
            <Table caption={t.partner.fellowsCaption} headers={[t.fellowHeader, t.status, '']}>
              {fellows.map((f) => (
                <tr key={f.fellowshipId}>
                  <Td>{f.name}</Td>
                  <Td>
                    <EvaluationStatus status={f.status} labels={t.statuses} />
                  </Td>
                  <Td>
                    <Link
                      href={`/partner/evaluations/${round.id}/${f.fellowshipId}`}
                      className="font-medium text-emerald-800 underline"
                      aria-label={format(f.status === 'SUBMITTED' ? t.partner.view : t.partner.evaluateName, { name: f.name }, locale)}
                    >
                      {f.status === 'SUBMITTED' ? t.partner.view : t.partner.evaluate}
                    </Link>
                  </Td>
                </tr>
              ))}
            </Table>
          </Card>
        ) : null}
        {departmentFeedback ? (
          <Card title={t.partner.feedback}>
            <p className="mb-3 text-slate-800">{format(t.partner.answered, { count: departmentFeedback.answered }, locale)}</p>
            {departmentFeedback.shown ? (
              <Table caption={t.partner.feedback} headers={[m.evaluations.staff.criteria, t.mean, t.answers]}>
                {departmentFeedback.criteria.map((c) => (
                  <tr key={c.criterion.id}>
                    <Td>{localText(locale, c.criterion.label, c.criterion.labelUr)}</Td>
                    <Td>{c.mean === null ? '—' : formatNumber(c.mean, locale, 1)}</Td>
                    <Td>{formatNumber(c.n, locale)}</Td>
                  </tr>
                ))}
              </Table>
            ) : (
              <p className="text-slate-800">{t.partner.suppressed}</p>
            )}
          </Card>
        ) : null}
      </div>
    </>
  )
}
