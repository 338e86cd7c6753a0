// The cycle's interview times: publish a batch, see who booked which with its panel, cancel
// one, and the interviews the viewer sits on.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listCycleSlots, listMyPanelSlots, panelPool, rescheduleHours, type StaffSlot } from '@/lib/recruitment/slots/queries'
import { MAX_SLOTS_PER_BATCH } from '@/lib/recruitment/slots/schema'
import { localName } from '@/lib/i18n/local-text'
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import { Badge, Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { InterviewPlace } from '@/components/recruitment/interview-place'
import { fill, UserText, UserTextList } from '@/components/ui/user-text'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { cancelSlotAction, publishSlotsAction, setRescheduleHoursAction } from '../_actions/slots'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.slots.nav}`)

function Booking({ s, cycleId, m }: { s: StaffSlot; cycleId: string; m: Messages }) {
  if (!s.interview) return <>{s.cancelledAt ? <Badge tone="bad">{m.slots.staff.cancelled}</Badge> : <Badge>{m.slots.staff.open}</Badge>}</>
  return (
    <>
      <Link
        href={`/staff/cycles/${cycleId}/recruitment/applications/${s.interview.application.id}`}
        className="font-medium text-emerald-800 underline"
      >
        <UserText>{s.interview.application.applicant.name}</UserText>
      </Link>
      <span className="block text-xs text-slate-700">
        {format(m.slots.staff.bookedStatus, { status: m.recruitment.interviewStatuses[s.interview.status] })}
      </span>
      {s.cancelledAt ? <Badge tone="bad">{m.slots.staff.cancelled}</Badge> : null}
    </>
  )
}

function SlotRows({
  rows,
  cycleId,
  m,
  locale,
  actions,
  caption,
}: {
  rows: StaffSlot[]
  cycleId: string
  m: Messages
  locale: Locale
  actions: boolean
  caption: string
}) {
  const t = m.slots.staff
  return (
    <Table caption={caption} headers={[t.colWhen, t.colHow, t.colPanel, t.colBooking, ...(actions ? [t.colActions] : [])]}>
      {rows.map((s) => (
        <tr key={s.id}>
          <Td>
            {formatDateTime(s.startsAt, locale)}
            <span className="block text-xs text-slate-700">
              {format(m.slots.staff.length, { minutes: s.durationMinutes, mode: m.recruitment.modes[s.mode] })}
            </span>
          </Td>
          <Td>{s.location ? <InterviewPlace location={s.location} /> : '—'}</Td>
          <Td>{s.panel.length ? <UserTextList items={s.panel.map((p) => p.user.name)} locale={locale} /> : '—'}</Td>
          <Td>
            <Booking s={s} cycleId={cycleId} m={m} />
          </Td>
          {actions ? (
            <Td>
              {s.cancelledAt ? null : (
                <ActionForm
                  action={cancelSlotAction}
                  submitLabel={t.cancel}
                  submitVariant="danger"
                  aria-label={format(t.cancelFor, { when: formatDateTime(s.startsAt, locale) })}
                  className="space-y-2"
                >
                  <Hidden name="slotId" value={s.id} />
                  <Hidden name="version" value={s.version} />
                </ActionForm>
              )}
            </Td>
          ) : null}
        </tr>
      ))}
    </Table>
  )
}

export default async function SlotsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('interview:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [rows, mine, pool, { hours, version }] = await Promise.all([
    listCycleSlots(viewer, id),
    listMyPanelSlots(viewer, id),
    panelPool(viewer, id),
    rescheduleHours(viewer, id),
  ])
  const t = m.slots.staff
  const counts = {
    open: rows.filter((s) => !s.cancelledAt && !s.interview).length,
    booked: rows.filter((s) => !s.cancelledAt && s.interview).length,
    cancelled: rows.filter((s) => s.cancelledAt).length,
  }
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)}
        description={format(t.intro, { hours })}
      />
      <RecruitmentNav cycleId={id} current="slots" m={m} />
      <div className="space-y-6">
        <Card title={t.publishTitle}>
          <p className="mb-3 text-sm text-slate-700">{t.publishHint}</p>
          <ActionForm
            action={publishSlotsAction}
            submitLabel={t.publish}
            className="grid grid-cols-1 items-start gap-4 md:grid-cols-3"
            aria-label={t.publishTitle}
          >
            <Hidden name="cycleId" value={id} />
            <TextField name="firstStartsAt" type="datetime-local" label={t.firstStartsAt} hint={m.recruitment.call.timesHint} required />
            <TextField name="count" type="number" label={t.count} required min={1} max={MAX_SLOTS_PER_BATCH} defaultValue={1} />
            <TextField name="durationMinutes" type="number" label={t.durationMinutes} required min={10} max={240} defaultValue={30} />
            <TextField name="gapMinutes" type="number" label={t.gapMinutes} required min={0} max={240} defaultValue={10} />
            <SelectField
              name="mode"
              label={t.mode}
              required
              defaultValue="IN_PERSON"
              options={(['IN_PERSON', 'VIDEO', 'PHONE'] as const).map((x) => ({ value: x, label: m.recruitment.modes[x] }))}
            />
            <TextField name="location" label={t.location} hint={t.locationHint} dir="auto" />
            <div className="md:col-span-3">
              <CheckboxGroup
                name="panelistIds"
                legend={t.panel}
                hint={t.panelHint}
                columns={3}
                options={pool.map((p) => ({ value: p.id, label: p.name, note: m.common.roles[p.role] }))}
              />
            </div>
          </ActionForm>
        </Card>
        <Card title={t.cutoffTitle}>
          <ActionForm
            action={setRescheduleHoursAction}
            submitLabel={t.cutoffSave}
            submitVariant="secondary"
            className="flex flex-wrap items-end gap-4"
            aria-label={t.cutoffTitle}
          >
            <Hidden name="cycleId" value={id} />
            <Hidden name="version" value={String(version)} />
            <TextField
              name="hours"
              type="number"
              label={t.cutoffLabel}
              hint={t.cutoffHint}
              required
              min={0}
              max={168}
              defaultValue={hours}
            />
          </ActionForm>
        </Card>
        <section aria-labelledby="my-panels">
          <h2 id="my-panels" className="mb-2 text-lg font-semibold">
            {t.myPanels}
          </h2>
          {mine.length ? (
            <SlotRows rows={mine} cycleId={id} m={m} locale={locale} actions={false} caption={t.myPanels} />
          ) : (
            <EmptyState>{t.myPanelsEmpty}</EmptyState>
          )}
        </section>
        <section aria-labelledby="all-slots">
          <h2 id="all-slots" className="mb-2 text-lg font-semibold">
            {t.caption}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{format(t.counts, counts)}</p>
          {rows.length ? (
            <SlotRows rows={rows} cycleId={id} m={m} locale={locale} actions caption={t.caption} />
          ) : (
            <EmptyState>{t.empty}</EmptyState>
          )}
        </section>
      </div>
    </>
  )
}
