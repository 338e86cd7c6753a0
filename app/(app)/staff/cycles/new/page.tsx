import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { listProgrammes } from '@/lib/programmes/queries'
import { Card, PageHeader } from '@/components/ui/basics'
import { CycleForm } from '../_components/cycle-form'
import { CarryOverFields } from '../_components/carry-over-fields'
import { listCarrySources } from '@/lib/cycles/templates/queries'
import { createCycleAction } from '../actions'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.admin.cycles.new)

export default async function NewCyclePage({ searchParams }: { searchParams: Promise<{ programmeId?: string }> }) {
  const viewer = await requirePermission('cycle:manage')
  const { m, locale } = await getI18n()
  const { programmeId } = await searchParams
  const [programmes, sources] = await Promise.all([listProgrammes(viewer), listCarrySources(viewer)])
  return (
    <>
      <PageHeader title={m.admin.cycles.new} />
      <Card>
        <CycleForm
          m={m}
          action={createCycleAction}
          programmes={programmes.map((p) => ({ id: p.id, name: localText(locale, p.name, p.nameUr) }))}
          programmeId={programmeId}
          submitLabel={m.common.create}
        >
          <CarryOverFields
            m={m}
            sources={sources.map((c) => ({
              id: c.id,
              label: `${localText(locale, c.programme.name, c.programme.nameUr)} — ${localText(locale, c.name, c.nameUr)}`,
            }))}
          />
        </CycleForm>
      </Card>
    </>
  )
}
