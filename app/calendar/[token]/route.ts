// A person's private calendar feed, fetched by calendar apps without a session: the secret
// token in the address is the only key (looked up by its hash). Unknown or revoked: not found.
import { calendarForToken } from '@/lib/events/feed'
import { calendarHeaders } from '@/lib/calendar/ics'
import { calendarDomain } from '@/lib/calendar/domain'
import { dictionaries } from '@/lib/i18n/messages'

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, '')
  const text = await calendarForToken(token, { name: (locale) => dictionaries[locale].events.feed.calendarName, domain: calendarDomain() })
  if (text === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(text, { headers: calendarHeaders() })
}
