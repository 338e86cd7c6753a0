// A partner proposes a project for a cycle their department takes part in.
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { orNotFound, uuidParam } from '@/lib/server/page'
import { getProposalContext } from '@/lib/placement/queries/partner'
import { Card, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ProjectForm } from '../_components/project-form'
import { createProjectAction } from '../actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.placement.partner.newTitle)

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ cycle?: string | string[] }> }) {
  const viewer = await requirePermission('project:propose')
  const { m, locale } = await getI18n()
  const cycleId = uuidParam((await searchParams).cycle)
  if (!cycleId) notFound()
  const ctx = await orNotFound(getProposalContext(viewer, cycleId))
  const t = m.placement.partner
  return (
    <>
      <PageHeader
        title={t.newTitle}
        description={fill(
          t.forCycle,
          {
            cycle: (
              <>
                <UserText>{localText(locale, ctx.cycle.programme.name, ctx.cycle.programme.nameUr)}</UserText> —{' '}
                <UserText>{localName(locale)(ctx.cycle)}</UserText>
              </>
            ),
          },
          locale,
        )}
      />
      <p className="mb-4">
        <Link href="/partner/projects" className="font-medium text-emerald-800 underline">
          {t.back}
        </Link>
      </p>
      <Card>
        <ProjectForm m={m} action={createProjectAction} cycleId={cycleId} contacts={ctx.contacts} />
      </Card>
    </>
  )
}
