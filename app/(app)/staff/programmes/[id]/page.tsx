import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDate } from '@/lib/i18n/format'
import { getProgramme } from '@/lib/programmes/queries'
import { idParam, orNotFound } from '@/lib/server/page'
import { Badge, Card, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ArchiveButton } from '@/components/ui/archive-button'
import { ProgrammeForm } from '../_components/programme-form'
import { archiveProgrammeAction, updateProgrammeAction } from '../actions'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.programmes.detail)

export default async function ProgrammePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('programme:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const p = await orNotFound(getProgramme(viewer, id))
  const t = m.admin.programmes
  return (
    <>
      <PageHeader
        title={localText(locale, p.name, p.nameUr)}
        description={localText(locale, p.description, p.descriptionUr)}
        actions={<LinkButton href={`/staff/cycles/new?programmeId=${p.id}`}>{m.admin.cycles.new}</LinkButton>}
      />
      {p.archivedAt ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-amber-900">{t.archivedNote}</p> : null}
      <div className="space-y-6">
        <Card title={t.cycles}>
          <Table
            caption={t.cycles}
            headers={[m.admin.cycles.number, m.common.name, m.common.status, m.admin.cycles.dates, m.admin.cycles.target]}
          >
            {p.cycles.map((c) => (
              <tr key={c.id}>
                <Td>{c.number}</Td>
                <Td>
                  <Link href={`/staff/cycles/${c.id}`} className="font-medium text-emerald-800 underline">
                    <UserText>{c.name}</UserText>
                  </Link>
                </Td>
                <Td>
                  <Badge tone={c.status === 'ACTIVE' ? 'good' : c.status === 'COMPLETED' ? 'neutral' : 'info'}>
                    {m.common.cycleStatuses[c.status]}
                  </Badge>
                </Td>
                <Td>
                  {formatDate(c.startDate, locale)} – {formatDate(c.endDate, locale)}
                </Td>
                <Td>{c.targetFellowCount}</Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title={t.edit}>
          <ProgrammeForm m={m} action={updateProgrammeAction} programme={p} submitLabel={m.common.save} />
        </Card>
        <ArchiveButton
          id={p.id}
          archived={!!p.archivedAt}
          action={archiveProgrammeAction}
          labels={{ archive: m.common.archive, restore: m.common.restore }}
        />
      </div>
    </>
  )
}
