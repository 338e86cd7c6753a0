import { describe, expect, it } from 'vitest'
import { icsCalendar, icsEscape, icsFold, icsTime } from '../calendar/ics'
import { attendanceBand, attendanceRate, canRespond, canTakeAttendance } from './policy'

const event = {
  id: '3f0c1a52-7d3e-4b8e-9a61-1c2d3e4f5a6b',
  title: 'Design thinking, for KP fellows; day 1',
  description: 'Bring a laptop.\nLunch provided.',
  startsAt: new Date('2026-12-14T05:00:00Z'),
  endsAt: new Date('2026-12-14T09:30:00Z'),
  place: 'Civil Secretariat, Peshawar',
  onlineUrl: null,
  cancelledAt: null,
  updatedAt: new Date('2026-12-01T10:00:00Z'),
  version: 2,
}

describe('iCalendar text', () => {
  it('is one calendar with CRLF lines, UTC times, a stable UID, a stamp and escaped text', () => {
    const text = icsCalendar([event], { name: 'Daftar sessions', domain: 'daftar.pk', now: new Date('2026-12-06T12:00:00Z') })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain(`UID:event-${event.id}@daftar.pk`)
    expect(lines).toContain('DTSTAMP:20261206T120000Z')
    expect(lines).toContain('DTSTART:20261214T050000Z')
    expect(lines).toContain('DTEND:20261214T093000Z')
    expect(lines).toContain('SEQUENCE:2')
    expect(lines).toContain('SUMMARY:Design thinking\\, for KP fellows\\; day 1')
    expect(lines).toContain('DESCRIPTION:Bring a laptop.\\nLunch provided.')
    expect(lines).toContain('LOCATION:Civil Secretariat\\, Peshawar')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('marks a cancelled session CANCELLED so calendars drop it', () => {
    const text = icsCalendar([{ ...event, cancelledAt: new Date() }], { name: 'x', domain: 'd' })
    expect(text).toContain('\r\nSTATUS:CANCELLED\r\n')
  })

  it('folds long lines at 75 octets without splitting an Urdu character', () => {
    const long = `SUMMARY:${'تربیتی سیشن برائے فیلوز '.repeat(8)}`
    const folded = icsFold(long)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75)
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true)
    // Unfolding gives the line back, character for character.
    expect(folded.replace(/\r\n /g, '')).toBe(long)
  })

  it('escapes backslashes first, then separators and newlines', () => {
    expect(icsEscape('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(icsTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z')
  })
})

describe('event rules', () => {
  const now = new Date('2026-12-10T00:00:00Z')
  it('takes answers until a session ends, attendance once it has started; neither once cancelled', () => {
    const future = { startsAt: new Date('2026-12-11T00:00:00Z'), endsAt: new Date('2026-12-11T02:00:00Z'), cancelledAt: null }
    const started = { startsAt: new Date('2026-12-09T23:00:00Z'), endsAt: new Date('2026-12-10T01:00:00Z'), cancelledAt: null }
    const past = { startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-01T02:00:00Z'), cancelledAt: null }
    expect([canRespond(future, now), canRespond(started, now), canRespond(past, now)]).toEqual([true, true, false])
    expect([canTakeAttendance(future, now), canTakeAttendance(started, now), canTakeAttendance(past, now)]).toEqual([false, true, true])
    expect(canRespond({ ...future, cancelledAt: now }, now)).toBe(false)
    expect(canTakeAttendance({ ...past, cancelledAt: now }, now)).toBe(false)
  })

  it('counts present and late as attended, leaves excused out, and has no rate when nothing counts', () => {
    expect(attendanceRate({ present: 2, late: 1, excused: 5, absent: 1 })).toBe(0.75)
    expect(attendanceRate({ present: 0, late: 0, excused: 3, absent: 0 })).toBeNull()
    expect(attendanceRate({ present: 0, late: 0, excused: 0, absent: 2 })).toBe(0)
    expect([0.95, 0.8, 0.5, 0.2, null].map(attendanceBand)).toEqual(['high', 'good', 'low', 'poor', 'none'])
  })
})
