// One applicant's own deadline, cycle-wide: every extension granted (running, ended or
// withdrawn) and granting one by email, for a person who may not have started yet.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listExtensions } from '@/lib/recruitment/queries/staff-tools'
import { stageTone } from '@/lib/recruitment/stages'
import { Badge, Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, TextAreaField, TextField } from '@/components/ui/form'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { grantExtensionAction, revokeExtensionAction } from '../_actions/staff-tools'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.staffTools.extensions.title}`)

export default async function ExtensionsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('application:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const list = await listExtensions(viewer, id)
  const t = m.staffTools.extensions
  const te = m.staffTools.extension
  const base = `/staff/cycles/${id}/recruitment`
  return (
    <>
      <PageHeader title={t.title} description={<UserText>{localName(locale)(cycle)}</UserText>} />
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      <RecruitmentNav cycleId={id} current="board" m={m} />
      <p className="mb-4">
        <Link href={base} className="font-medium text-emerald-800 underline">
          {t.back}
        </Link>
      </p>
      {list.cycle.applicationsCloseAt ? (
        <p className="mb-4 text-slate-700">{format(te.callCloses, { date: formatDateTime(list.cycle.applicationsCloseAt, locale) })}</p>
      ) : null}
      {list.extensions.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.colPerson, t.colUntil, t.colReason, t.colBy, t.colStatus, t.colApplication]}>
          {list.extensions.map((e) => (
            <tr key={e.id}>
              <Td>
                <UserText>{e.user.name}</UserText>
                <span className="block text-xs text-slate-600" dir="ltr">
                  {e.user.email}
                </span>
              </Td>
              <Td>{formatDateTime(e.until, locale)}</Td>
              <Td>
                <span dir="auto" className="whitespace-pre-wrap">
                  {e.reason}
                </span>
              </Td>
              <Td>
                <UserText>{e.grantedBy.name}</UserText>
              </Td>
              <Td>
                <Badge tone={e.running ? 'good' : 'neutral'}>{e.revokedAt ? t.withdrawn : e.running ? t.running : t.ended}</Badge>
                {!e.revokedAt ? (
                  <ActionForm
                    action={revokeExtensionAction}
                    submitLabel={te.revoke}
                    submitVariant="link"
                    aria-label={format(t.revokeFor, { name: e.user.name })}
                    className="mt-1"
                  >
                    <Hidden name="cycleId" value={id} />
                    <Hidden name="userId" value={e.user.id} />
                  </ActionForm>
                ) : null}
              </Td>
              <Td>
                {e.application ? (
                  <Link href={`${base}/applications/${e.application.id}`} className="text-emerald-800 underline">
                    <Badge tone={stageTone(e.application.stage)}>{m.recruitment.stages[e.application.stage]}</Badge>
                  </Link>
                ) : (
                  t.notStarted
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Card title={t.grantTitle} className="mt-6">
        {list.canGrant ? (
          <ActionForm
            action={grantExtensionAction}
            submitLabel={te.grant}
            aria-label={t.grantTitle}
            className="grid grid-cols-1 items-start gap-4 md:grid-cols-2"
          >
            <Hidden name="cycleId" value={id} />
            <TextField name="email" type="email" label={t.email} hint={t.emailHint} required autoComplete="off" dir="ltr" />
            <TextField name="until" type="datetime-local" label={te.until} hint={te.untilHint} required />
            <div className="md:col-span-2">
              <TextAreaField name="reason" label={te.reason} hint={te.reasonHint} rows={2} required dir="auto" />
            </div>
          </ActionForm>
        ) : (
          <p className="text-sm text-slate-700">{t.notRecruiting}</p>
        )}
      </Card>
    </>
  )
}
