// A partner's projects: cycles open for proposals, the department's proposals and their state,
// and the fellows placed with the department once placements are published.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { orNotFound } from '@/lib/server/page'
import { listDepartmentPlacements, listPartnerProjects } from '@/lib/placement/queries/partner'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { placementTone, projectTone } from '@/components/placement/tones'
import { localName, localText } from '@/lib/i18n/local-text'
import { UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.placement.partner.title)

export default async function PartnerProjectsPage() {
  const viewer = await requirePermission('project:propose')
  const { m, locale } = await getI18n()
  const [{ cycles, projects }, placements] = await Promise.all([
    orNotFound(listPartnerProjects(viewer)),
    orNotFound(listDepartmentPlacements(viewer)),
  ])
  const t = m.placement.partner
  const programme = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="space-y-6">
        <Card title={t.cycles}>
          {cycles.length === 0 ? (
            <p className="text-slate-700">{t.noCycles}</p>
          ) : (
            <ul className="space-y-3">
              {cycles.map((c) => (
                <li key={c.cycle.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 p-3">
                  <span>
                    <span className="font-medium">
                      <UserText>{programme(c.cycle.programme)}</UserText> — <UserText>{localName(locale)(c.cycle)}</UserText>
                    </span>
                    <span className="block text-sm text-slate-700">
                      {m.common.cycleStatuses[c.cycle.status]} · {format(t.seatsAsked, { seats: c.seatsRequested })}
                    </span>
                  </span>
                  <LinkButton href={`/partner/projects/new?cycle=${c.cycle.id}`} variant="secondary">
                    {t.propose}
                    <span className="sr-only">
                      {' '}
                      — <UserText>{localName(locale)(c.cycle)}</UserText>
                    </span>
                  </LinkButton>
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card title={t.projects}>
          {projects.length === 0 ? (
            <EmptyState>{t.noProjects}</EmptyState>
          ) : (
            <Table caption={t.projects} headers={[t.project, t.cycle, t.status, t.seats, t.updated]}>
              {projects.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`/partner/projects/${p.id}`} className="font-medium text-emerald-800 underline">
                      <UserText>{localText(locale, p.title, p.titleUr)}</UserText>
                    </Link>
                  </Td>
                  <Td>
                    <UserText>{programme(p.cycle.programme)}</UserText> — <UserText>{localName(locale)(p.cycle)}</UserText>
                  </Td>
                  <Td>
                    <Badge tone={projectTone[p.status]}>{m.placement.projectStatuses[p.status]}</Badge>
                  </Td>
                  <Td>{p.seats}</Td>
                  <Td>{formatDate(p.updatedAt, locale)}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <Card title={t.placedTitle}>
          <p className="mb-3 text-sm text-slate-700">{t.placedIntro}</p>
          {placements.length === 0 ? (
            <EmptyState>{t.noPlaced}</EmptyState>
          ) : (
            <Table caption={t.placedTitle} headers={[t.fellow, t.email, t.project, t.cycle, t.status, t.since, t.until]}>
              {placements.map((p) => (
                <tr key={p.id}>
                  <Td className="font-medium">{p.fellowship.user.name}</Td>
                  <Td>
                    <span dir="ltr">{p.fellowship.user.email}</span>
                  </Td>
                  <Td>
                    <Link href={`/partner/projects/${p.project.id}`} className="text-emerald-800 underline">
                      <UserText>{localText(locale, p.project.title, p.project.titleUr)}</UserText>
                    </Link>
                  </Td>
                  <Td>{localName(locale)(p.fellowship.cycle)}</Td>
                  <Td>
                    <Badge tone={placementTone[p.status]}>{m.placement.placementStatuses[p.status]}</Badge>
                  </Td>
                  <Td>{formatDate(p.startDate, locale)}</Td>
                  <Td>{p.endDate ? formatDate(p.endDate, locale) : '—'}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  )
}
