import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card, PageHeader } from '@/components/ui/basics'
import { DepartmentForm } from '../_components/department-form'
import { createDepartmentAction } from '../actions'

export const generateMetadata = titled((m) => m.admin.departments.new)

export default async function NewDepartmentPage() {
  await requirePermission('department:manage')
  const { m } = await getI18n()
  return (
    <>
      <PageHeader title={m.admin.departments.new} />
      <Card>
        <DepartmentForm m={m} action={createDepartmentAction} submitLabel={m.common.create} />
      </Card>
    </>
  )
}
