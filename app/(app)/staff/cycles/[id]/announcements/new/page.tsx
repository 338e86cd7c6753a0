import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { localName, localText } from '@/lib/i18n/local-text'
import { translateKey } from '@/lib/i18n/translate'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { AppError } from '@/lib/server/errors'
import { getCycle } from '@/lib/cycles/queries'
import { listCycleProjects } from '@/lib/deliverables/queries'
import { previewAudience } from '@/lib/announcements/queries'
import { APPLICATION_STAGES, AUDIENCES, audienceSchema, narrowed, type AudienceInput } from '@/lib/announcements/schema'
import { Card, EmptyState, LinkButton, PageHeader } from '@/components/ui/basics'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { TextAreaField, TextField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { buttonClass, inputClass } from '@/components/ui/styles'
import { sendAnnouncementAction } from '../actions'

export const generateMetadata = titled((m) => m.announcements.compose.title)

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function NewAnnouncementPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('announcement:send')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const sp = await searchParams
  const [cycle, projects] = await Promise.all([orNotFound(getCycle(viewer, id)), listCycleProjects(viewer, id)])
  const t = m.announcements.compose
  const parsed = firstParam(sp.audience)
    ? audienceSchema.safeParse({
        cycleId: id,
        audience: firstParam(sp.audience),
        departmentId: firstParam(sp.department),
        projectId: firstParam(sp.project),
        stage: firstParam(sp.stage),
      })
    : null
  let chosen: AudienceInput | null = null
  let recipients: Awaited<ReturnType<typeof previewAudience>> | null = null
  let problem: string | null = parsed && !parsed.success ? m.errors.invalidChoice : null
  if (parsed?.success) {
    chosen = narrowed(parsed.data)
    try {
      recipients = await previewAudience(viewer, chosen)
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'INVALID') throw e
      problem = translateKey(m, e.messageKey)
    }
  }
  const name = localName(locale)
  const select = (
    label: string,
    fieldName: string,
    value: string | undefined,
    options: { value: string; label: string }[],
    all?: string,
  ) => (
    <div className="space-y-1">
      <label htmlFor={`a-${fieldName}`} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <select id={`a-${fieldName}`} name={fieldName} defaultValue={value ?? ''} className={inputClass}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} dir="auto">
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <>
      <PageHeader
        title={t.title}
        description={<UserText>{name(cycle)}</UserText>}
        actions={
          <LinkButton href={`/staff/cycles/${id}/announcements`} variant="secondary">
            {m.common.back}
          </LinkButton>
        }
      />
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      <div className="space-y-6">
        <Card title={t.who}>
          {/* A GET form: the audience is in the URL, so the list below is what that URL shows. */}
          <form method="get" className="grid gap-4 md:grid-cols-2" aria-label={t.who}>
            {select(
              t.audience,
              'audience',
              firstParam(sp.audience),
              AUDIENCES.map((a) => ({ value: a, label: m.announcements.audiences[a] })),
            )}
            {select(
              t.department,
              'department',
              firstParam(sp.department),
              cycle.departments.map((d) => ({ value: d.department.id, label: localText(locale, d.department.name, d.department.nameUr) })),
              t.allDepartments,
            )}
            {select(
              t.project,
              'project',
              firstParam(sp.project),
              projects.map((p) => ({ value: p.id, label: `${localText(locale, p.title, p.titleUr)} (${name(p.department)})` })),
              t.allProjects,
            )}
            {select(
              t.stage,
              'stage',
              firstParam(sp.stage),
              APPLICATION_STAGES.map((s) => ({ value: s, label: m.recruitment.stages[s] })),
              t.allStages,
            )}
            <p className="text-sm text-slate-600 md:col-span-2">{t.narrowingHelp}</p>
            <div className="md:col-span-2">
              <button type="submit" className={buttonClass.secondary}>
                {t.show}
              </button>
            </div>
          </form>
          {problem ? (
            <p role="alert" className="mt-3 font-medium text-red-700">
              {problem}
            </p>
          ) : null}
        </Card>
        {chosen && recipients ? (
          recipients.length === 0 ? (
            <EmptyState>{t.nobody}</EmptyState>
          ) : (
            <Card>
              <p className="mb-4 text-lg font-semibold" data-testid="recipient-count">
                {format(t.recipientsCount, { n: recipients.length }, locale)}
              </p>
              <ConfirmRecipients
                action={sendAnnouncementAction}
                title={t.message}
                recipientsTitle={t.recipients}
                recipients={recipients.map((r) => ({
                  key: r.email,
                  name: r.name,
                  email: r.email,
                  detail: r.userId ? undefined : t.emailOnly,
                }))}
                name="to"
                hidden={{
                  cycleId: id,
                  audience: chosen.audience,
                  departmentId: chosen.departmentId,
                  projectId: chosen.projectId,
                  stage: chosen.stage,
                }}
                confirmLabel={format(t.send, { n: recipients.length }, locale)}
                cancelHref={`/staff/cycles/${id}/announcements`}
                cancelLabel={t.change}
              >
                <div className="grid gap-4 md:grid-cols-2">
                  <TextField name="subject" label={t.subject} required />
                  <TextField name="subjectUr" label={t.subjectUr} required dir="rtl" />
                  <TextAreaField name="body" label={t.body} hint={t.bodyHelp} required rows={8} />
                  <TextAreaField name="bodyUr" label={t.bodyUr} required rows={8} dir="rtl" />
                </div>
              </ConfirmRecipients>
            </Card>
          )
        ) : null}
      </div>
    </>
  )
}
