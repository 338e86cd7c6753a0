import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card, PageHeader } from '@/components/ui/basics'
import { ProgrammeForm } from '../_components/programme-form'
import { createProgrammeAction } from '../actions'

export const generateMetadata = titled((m) => m.admin.programmes.new)

export default async function NewProgrammePage() {
  await requirePermission('programme:manage')
  const { m } = await getI18n()
  return (
    <>
      <PageHeader title={m.admin.programmes.new} />
      <Card>
        <ProgrammeForm m={m} action={createProgrammeAction} submitLabel={m.common.create} />
      </Card>
    </>
  )
}
