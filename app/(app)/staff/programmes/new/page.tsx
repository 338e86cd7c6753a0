import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { Card, PageHeader } from '@/components/ui/basics'
import { ProgrammeForm } from '../_components/programme-form'
import { createProgrammeAction } from '../actions'

export default async function NewProgrammePage() {
  await requireRole('ADMIN', 'STAFF')
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
