// One session for staff: what and when, who is invited and their answers, editing and
// cancelling it, and the attendance register (all fellows, or one department's) once it starts.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDateTime, joinList } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound, uuidParam } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { staffEvent, staffEventHead } from '@/lib/events/queries'
import { canTakeAttendance } from '@/lib/events/policy'
import { Card, DefinitionList, EmptyState, LinkButton, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { buttonClass } from '@/components/ui/styles'
import { EventWhere } from '@/components/events/event-when'
import { EventForm } from '../_components/event-form'
import { RegisterForm } from '../_components/register-form'
import { cancelEventAction, saveAttendanceAction, updateEventAction } from '../actions'

type Props = {
  params: Promise<{ id: string; eventId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const viewer = await requirePermission('event:manage')
  const { m, locale } = await getI18n()
  const event = await orNotFound(staffEventHead(viewer, idParam((await params).eventId)))
  return { title: `${localText(locale, event.title, event.titleUr)} · ${m.events.nav.section}` }
}

export default async function StaffEventPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('event:manage')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const departmentId = uuidParam(firstParam((await searchParams).department))
  const data = await orNotFound(staffEvent(viewer, idParam(p.eventId), { departmentId }))
  const { event: e } = data
  if (e.cycleId !== cycleId) notFound()
  const t = m.events.staff
  const name = localName(locale)
  const invitedNames = data.departments.filter((d) => e.departmentIds.includes(d.id)).map(name)
  const title = localText(locale, e.title, e.titleUr)
  const description = localText(locale, e.description, e.descriptionUr)
  return (
    <>
      <PageHeader
        title={<UserText>{title}</UserText>}
        description={name(e.cycle)}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/events`} variant="secondary">
            {t.allSessions}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card title={t.details}>
          <EventWhere event={e} m={m} locale={locale} />
          {description ? (
            <UserText block className="mt-2 text-sm whitespace-pre-line text-slate-800">
              {description}
            </UserText>
          ) : null}
          <div className="mt-4">
            <DefinitionList
              items={[
                [
                  t.departments,
                  <>
                    {e.departmentIds.length ? format(t.invitedDepartments, { departments: joinList(invitedNames, locale) }) : t.invitedAll}
                    {e.invitePartners ? <span className="block">{t.partnersToo}</span> : null}
                  </>,
                ],
                [t.answers, format(t.answerCounts, { yes: data.answers.YES, maybe: data.answers.MAYBE, no: data.answers.NO })],
                [
                  t.attendanceHead,
                  format(t.markCounts, {
                    present: data.marks.PRESENT,
                    late: data.marks.LATE,
                    excused: data.marks.EXCUSED,
                    absent: data.marks.ABSENT,
                  }),
                ],
                [m.events.rate.fellows, format(t.invited, { count: data.invitedCount }, locale)],
              ]}
            />
          </div>
          {e.cancelledAt ? (
            <p className="mt-3 font-medium text-red-800">{format(t.cancelledOn, { date: formatDateTime(e.cancelledAt, locale) })}</p>
          ) : null}
        </Card>

        <Card title={t.register}>
          {e.cancelledAt ? (
            <p className="text-slate-700">{t.registerCancelled}</p>
          ) : !canTakeAttendance(e) ? (
            <p className="text-slate-700">{format(t.registerNotYet, { date: formatDateTime(e.startsAt, locale) })}</p>
          ) : (
            <>
              <p className="mb-4 max-w-3xl text-sm text-slate-800">{t.registerIntro}</p>
              {data.departments.length ? (
                <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
                  <SelectField
                    name="department"
                    label={t.department}
                    defaultValue={departmentId ?? ''}
                    placeholder={t.allDepartments}
                    options={data.departments.map((d) => ({ value: d.id, label: name(d) }))}
                  />
                  <button type="submit" className={buttonClass.secondary}>
                    {t.show}
                  </button>
                </form>
              ) : null}
              {data.register.length ? (
                <RegisterForm m={m} locale={locale} action={saveAttendanceAction} eventId={e.id} rows={data.register} />
              ) : (
                <EmptyState>{t.noFellows}</EmptyState>
              )}
            </>
          )}
        </Card>

        <Card title={t.edit}>
          <EventForm m={m} locale={locale} action={updateEventAction} existing={e} departments={data.departments} label={t.edit} />
        </Card>

        <Card title={e.cancelledAt ? t.restore : t.cancel}>
          {e.cancelledAt ? null : <p className="mb-3 text-sm text-slate-800">{t.cancelHint}</p>}
          <ActionForm
            action={cancelEventAction}
            submitLabel={e.cancelledAt ? t.restore : t.cancel}
            submitVariant={e.cancelledAt ? 'secondary' : 'danger'}
            aria-label={e.cancelledAt ? t.restore : t.cancel}
          >
            <Hidden name="eventId" value={e.id} />
            <Hidden name="version" value={e.version} />
            <Hidden name="intent" value={e.cancelledAt ? 'restore' : 'cancel'} />
          </ActionForm>
        </Card>
      </div>
    </>
  )
}
