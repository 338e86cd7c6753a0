// Staff read a department's proposal and approve it or return it with a note.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getProjectForReview } from '@/lib/placement/queries/staff'
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton, TextAreaField } from '@/components/ui/form'
import { projectTone } from '@/components/placement/tones'
import { ProjectText } from '@/components/placement/project-text'
import { reviewProjectAction } from '../../actions'
import { localName, localText } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => `${m.placement.nav.section}: ${m.placement.staff.titles.project}`)

export default async function ReviewProjectPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  const viewer = await requirePermission('project:manage')
  const { m, locale } = await getI18n()
  const raw = await params
  const id = idParam(raw.id)
  const projectId = idParam(raw.projectId)
  const p = await orNotFound(getProjectForReview(viewer, id, projectId))
  const t = m.placement.staff.review
  const f = m.placement.fields
  return (
    <>
      <PageHeader
        title={localText(locale, p.title, p.titleUr)}
        description={
          <>
            <UserText>{localText(locale, p.department.name, p.department.nameUr)}</UserText> —{' '}
            <UserText>{localName(locale)(p.cycle)}</UserText>
          </>
        }
      />
      <p className="mb-4">
        <Link href={`/staff/cycles/${id}/placement`} className="font-medium text-emerald-800 underline">
          {m.placement.staff.back}
        </Link>
      </p>
      <div className="space-y-6">
        <Card title={t.title}>
          <p className="mb-3 flex flex-wrap items-center gap-3">
            <Badge tone={projectTone[p.status]}>{m.placement.projectStatuses[p.status]}</Badge>
            {p.proposedBy ? (
              <span className="text-sm text-slate-700">
                {fill(t.proposedBy, { name: <UserText>{p.proposedBy.name}</UserText>, date: formatDate(p.createdAt, locale) }, locale)}
              </span>
            ) : null}
            <span className="text-sm text-slate-700">{format(t.rankedBy, { n: p._count.preferences })}</span>
          </p>
          <DefinitionList
            items={[
              [f.seats, String(p.seats)],
              [
                f.focalContact,
                p.focalContact ? (
                  <>
                    <UserText>{p.focalContact.name}</UserText>
                    {p.focalContact.title ? (
                      <>
                        {locale === 'ur' ? '، ' : ', '}
                        <UserText>{p.focalContact.title}</UserText>
                      </>
                    ) : null}
                  </>
                ) : (
                  f.noFocal
                ),
              ],
            ]}
          />
          <div className="mt-4">
            <ProjectText m={m} project={p} />
          </div>
          {p.reviewNote ? (
            <div className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3">
              <h3 className="text-sm font-semibold">{m.placement.partner.reviewNote}</h3>
              <p dir="auto" className="whitespace-pre-line">
                {p.reviewNote}
              </p>
            </div>
          ) : null}
        </Card>
        <Card title={t.decision}>
          {p.canReview ? (
            <ActionForm action={reviewProjectAction} aria-label={t.decision}>
              <Hidden name="cycleId" value={id} />
              <Hidden name="id" value={p.id} />
              <Hidden name="version" value={p.version} />
              <TextAreaField name="note" label={t.note} hint={t.noteHint} rows={3} />
              <div className="flex flex-wrap gap-3">
                <SubmitButton label={t.approve} name="decision" value="approve" />
                <SubmitButton label={t.return} name="decision" value="return" variant="secondary" />
              </div>
            </ActionForm>
          ) : (
            <p className="text-slate-700">{format(t.notReviewable, { status: m.placement.projectStatuses[p.status] })}</p>
          )}
        </Card>
      </div>
    </>
  )
}
