// A fellow's sessions: upcoming ones to answer and add to a calendar, past ones with their
// attendance, and the private calendar feed.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { myCalendarFeed, myEvents } from '@/lib/events/queries'
import { PageHeader } from '@/components/ui/basics'
import { CalendarFeedCard, MyEventsList } from '@/components/events/my-events'
import { createCalendarFeedAction, respondToEventAction, revokeCalendarFeedAction } from './actions'

export const generateMetadata = titled((m) => m.events.mine.title)

export default async function FellowEventsPage() {
  const viewer = await requirePermission('event:respond:own')
  const { m, locale } = await getI18n()
  const [data, feed] = await Promise.all([myEvents(viewer), myCalendarFeed(viewer)])
  return (
    <>
      <PageHeader title={m.events.mine.title} description={m.events.mine.intro} />
      <div className="space-y-6">
        <MyEventsList data={data} m={m} locale={locale} basePath="/fellow/events" respond={respondToEventAction} />
        <CalendarFeedCard feed={feed} m={m} locale={locale} create={createCalendarFeedAction} revoke={revokeCalendarFeedAction} />
      </div>
    </>
  )
}
