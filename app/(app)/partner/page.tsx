import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { partnerPortal } from '@/lib/progress/portal'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { localName } from '@/lib/i18n/local-text'
import { fill, UserText, UserTextList } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.progress.partner.title)

export default async function PartnerHome() {
  const viewer = await requirePermission('progress:read:department')
  const { m, locale } = await getI18n()
  const p = await partnerPortal(viewer)
  const t = m.progress.partner
  const d = m.deliverables
  if (!p?.department) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.noDepartment}</EmptyState>
      </>
    )
  }
  const name = localName(locale)
  const missing = p.fellows.filter((f) => f.missing > 0)
  return (
    <>
      <PageHeader title={name(p.department)} description={t.intro} />
      <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat label={m.home.partner.projects} value={p.projects.length} />
        <Stat label={m.home.partner.fellows} value={p.fellows.length} />
        <Stat label={t.awaiting} value={p.awaitingTotal} href="/partner/deliverables?awaiting=1" />
        <Stat label={t.overdue} value={p.overdueTotal + missing.length} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t.awaiting}>
          {p.awaiting.length ? (
            <ul className="space-y-2">
              {p.awaiting.map((x) => (
                <li key={x.id}>
                  <Link href={`/partner/deliverables/${x.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{localName(locale)(x)}</UserText>
                  </Link>{' '}
                  <span className="text-sm text-slate-700">
                    — <UserText>{name(x.project)}</UserText>
                    {x.latest
                      ? `, ${format(d.versionShort, { n: x.latest.versionNumber })}, ${formatDate(x.latest.submittedAt, locale)}`
                      : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.noAwaiting}</p>
          )}
          {p.awaitingTotal > p.awaiting.length ? (
            <Link href="/partner/deliverables?awaiting=1" className="mt-3 inline-block font-medium text-emerald-800 underline">
              {format(t.seeAll, { count: p.awaitingTotal })}
            </Link>
          ) : null}
        </Card>
        <Card title={t.overdue}>
          {p.overdue.length || missing.length ? (
            <ul className="space-y-2">
              {p.overdue.map((x) => (
                <li key={x.id} className="flex flex-wrap items-center gap-2">
                  <Badge tone="bad">{d.overdue}</Badge>
                  <Link href={`/partner/deliverables/${x.id}`} className="text-emerald-800 underline">
                    {fill(
                      t.overdueDeliverable,
                      {
                        title: <UserText>{localName(locale)(x)}</UserText>,
                        project: <UserText>{name(x.project)}</UserText>,
                        date: formatDate(x.dueDate, locale),
                      },
                      locale,
                    )}
                  </Link>
                </li>
              ))}
              {p.overdueTotal > p.overdue.length ? (
                <li>
                  <Link href="/partner/deliverables?overdue=1" className="font-medium text-emerald-800 underline">
                    {format(t.seeAllOverdue, { count: p.overdueTotal })}
                  </Link>
                </li>
              ) : null}
              {missing.map((f) => (
                <li key={f.fellowshipId} className="flex flex-wrap items-center gap-2">
                  <Badge tone="warn">{m.progress.statuses.missing}</Badge>
                  <span>{fill(t.missingUpdates, { name: <UserText>{f.name}</UserText>, count: f.missing }, locale)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.noOverdue}</p>
          )}
        </Card>
      </div>
      <div className="mt-6 space-y-6">
        <Card title={t.projects}>
          {p.fellows.length ? (
            <Table caption={t.projectsCaption} headers={[t.fellow, t.project, t.lastUpdate, t.missing]}>
              {p.fellows.map((f) => (
                <tr key={f.fellowshipId}>
                  <Td>{f.name}</Td>
                  <Td>
                    <UserTextList items={f.projects.map((x) => name(x))} locale={locale} />
                  </Td>
                  <Td>{f.lastUpdate ? formatDate(f.lastUpdate, locale) : '—'}</Td>
                  <Td>{f.missing}</Td>
                </tr>
              ))}
            </Table>
          ) : (
            <p className="text-slate-700">{t.noFellows}</p>
          )}
          {p.projects.length ? (
            <ul className="mt-4 list-disc space-y-1 ps-5">
              {p.projects.map((x) => (
                <li key={x.id}>
                  <UserText>{name(x)}</UserText>{' '}
                  <span className="text-sm text-slate-700">
                    — <UserText>{name(x.cycle.programme)}</UserText>, <UserText>{localName(locale)(x.cycle)}</UserText>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={t.recent}>
          {p.recent.length ? (
            <ul className="mb-4 space-y-3">
              {p.recent.map((u) => (
                <li key={u.id}>
                  <Link href={`/partner/updates/${u.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{u.fellowship.user.name}</UserText> — {format(m.progress.period, { n: u.periodIndex + 1 })}
                  </Link>{' '}
                  <span className="text-sm text-slate-700">
                    {u.submittedAt ? formatDateTime(u.submittedAt, locale) : ''}
                    {u.late ? ` · ${t.submittedLate}` : ''}
                  </span>
                  <UserText block className="line-clamp-2 text-slate-800">
                    {u.accomplishments}
                  </UserText>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4 text-slate-700">{t.noRecent}</p>
          )}
          <LinkButton href="/partner/updates" variant="secondary">
            {t.allUpdates}
          </LinkButton>
        </Card>
      </div>
    </>
  )
}
