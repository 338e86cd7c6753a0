// A cycle's sessions for staff: every session with its answers and attendance, and the form
// to schedule a new one.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { idParam, orNotFound } from '@/lib/server/page'
import { localName, localText } from '@/lib/i18n/local-text'
import { cycleDepartments, cycleEvents } from '@/lib/events/queries'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { whenText } from '@/components/events/event-when'
import { EventForm } from './_components/event-form'
import { createEventAction } from './actions'

export const generateMetadata = titled((m) => m.events.nav.section)

export default async function CycleEventsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('event:manage')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const { cycle, events } = await orNotFound(cycleEvents(viewer, cycleId))
  const departments = await cycleDepartments(viewer, cycleId)
  const t = m.events.staff
  const now = new Date()
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)}
        description={localName(locale)(cycle.programme)}
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}`} variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card>
          <p className="max-w-3xl text-slate-800">{t.intro}</p>
        </Card>
        <Card title={m.events.nav.section}>
          {events.length === 0 ? (
            <EmptyState>{t.none}</EmptyState>
          ) : (
            <Table caption={t.caption} headers={[t.session, t.when, t.answersHead, t.attendanceHead]}>
              {events.map((e) => {
                const taken = e.marks.PRESENT + e.marks.LATE + e.marks.EXCUSED + e.marks.ABSENT
                return (
                  <tr key={e.id}>
                    <Td>
                      <Link href={`/staff/cycles/${cycleId}/events/${e.id}`} className="font-medium text-emerald-800 underline">
                        <UserText>{localText(locale, e.title, e.titleUr)}</UserText>
                      </Link>
                      <span className="mt-1 flex flex-wrap gap-1">
                        <Badge tone="info">{m.events.kinds[e.kind]}</Badge>
                        {e.cancelledAt ? <Badge tone="bad">{m.events.cancelled}</Badge> : null}
                      </span>
                    </Td>
                    <Td>{whenText(e, m, locale)}</Td>
                    <Td>{format(t.answerCounts, { yes: e.answers.YES, maybe: e.answers.MAYBE, no: e.answers.NO })}</Td>
                    <Td>
                      {taken
                        ? format(t.markCounts, {
                            present: e.marks.PRESENT,
                            late: e.marks.LATE,
                            excused: e.marks.EXCUSED,
                            absent: e.marks.ABSENT,
                          })
                        : e.startsAt > now
                          ? t.upcoming
                          : t.notTaken}
                    </Td>
                  </tr>
                )
              })}
            </Table>
          )}
        </Card>
        <Card title={t.schedule}>
          <EventForm m={m} locale={locale} action={createEventAction} cycleId={cycleId} departments={departments} label={t.schedule} />
        </Card>
      </div>
    </>
  )
}
