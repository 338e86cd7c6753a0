// iCalendar text (RFC 5545), shared by cohort sessions (lib/events) and booked interviews
// (lib/recruitment/slots), so neither domain imports the other: for one session or a person's whole schedule: CRLF line endings,
// escaped text, lines folded at 75 octets, times in UTC, a stable UID per event and a
// cancelled session as STATUS:CANCELLED so calendars that already hold it drop it.

export interface IcsEvent {
  id: string
  title: string
  description?: string | null
  startsAt: Date
  endsAt: Date
  place?: string | null
  onlineUrl?: string | null
  cancelledAt?: Date | null
  updatedAt: Date
  /** Bumped on every edit, so calendars take the newer copy. */
  version: number
}

/** 20261207T093000Z */
export function icsTime(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
export function icsEscape(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds a content line to at most 75 octets a line, never inside a UTF-8 character (3.1). */
export function icsFold(line: string): string {
  const enc = new TextEncoder()
  const out: string[] = []
  let cur = ''
  let size = 0
  for (const ch of line) {
    const n = enc.encode(ch).length
    // Continuation lines start with a space, which counts towards their 75.
    const limit = out.length === 0 ? 75 : 74
    if (size + n > limit) {
      out.push(cur)
      cur = ''
      size = 0
    }
    cur += ch
    size += n
  }
  out.push(cur)
  return out.join('\r\n ')
}

export interface IcsOptions {
  /** The calendar's name, shown by calendar apps for a subscribed feed. */
  name: string
  /** The host part of each UID: the app's domain. */
  domain: string
  now?: Date
}

export function icsCalendar(events: IcsEvent[], opts: IcsOptions): string {
  const stamp = icsTime(opts.now ?? new Date())
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Daftar//Cohort events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsEscape(opts.name)}`,
    'X-WR-TIMEZONE:Asia/Karachi',
  ]
  for (const e of events) {
    const description = [e.description, e.onlineUrl].filter(Boolean).join('\n\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${e.id}@${opts.domain}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icsTime(e.updatedAt)}`,
      `SEQUENCE:${e.version}`,
      `DTSTART:${icsTime(e.startsAt)}`,
      `DTEND:${icsTime(e.endsAt)}`,
      `SUMMARY:${icsEscape(e.title)}`,
    )
    if (description) lines.push(`DESCRIPTION:${icsEscape(description)}`)
    const location = e.place ?? e.onlineUrl
    if (location) lines.push(`LOCATION:${icsEscape(location)}`)
    if (e.onlineUrl) lines.push(`URL:${e.onlineUrl.replace(/[\r\n]/g, '')}`)
    lines.push(`STATUS:${e.cancelledAt ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(icsFold).join('\r\n') + '\r\n'
}

/** Headers of an .ics answer: never cached (it names a person's schedule), optionally a download. */
export const calendarHeaders = (filename?: string): Record<string, string> => ({
  'Content-Type': 'text/calendar; charset=utf-8',
  'Cache-Control': 'private, no-store',
  ...(filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}),
})
