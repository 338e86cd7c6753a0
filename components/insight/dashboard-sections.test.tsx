// The dashboard's compliance section on a weekly cycle: the latest periods listed, the whole
// cycle's totals beneath them, and a note saying where every period is.
import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { dictionaries } from '@/lib/i18n/messages'
import type { ComplianceRow } from '@/lib/insight/dashboard/compliance'
import { COMPLIANCE_PERIODS_SHOWN, ComplianceSection } from './dashboard-sections'

const week = 7 * 24 * 3600 * 1000
const rows: ComplianceRow[] = Array.from({ length: 52 }, (_, i) => ({
  period: i,
  start: new Date(Date.UTC(2025, 0, 6) + i * week),
  lastDay: new Date(Date.UTC(2025, 0, 12) + i * week),
  closed: i < 51,
  onTime: 40,
  late: 2,
  notSubmitted: 1,
}))

const render = (r: ComplianceRow[], locale: 'en' | 'ur' = 'en') =>
  renderToStaticMarkup(<ComplianceSection rows={r} m={dictionaries[locale]} locale={locale} cycleId="c" linked={false} />)

describe('the compliance section of a cycle dashboard', () => {
  it('lists the latest periods and the totals of all of them', () => {
    const html = render(rows)
    expect(html).not.toContain('Period 40:')
    expect(html).toContain('Period 41:')
    expect(html).toContain('Period 52:')
    expect(html.match(/<tr>/g)?.length).toBe(1 + COMPLIANCE_PERIODS_SHOWN + 1)
    // The totals row, cell by cell (each value isolated in a <bdi> for Urdu pages).
    const cells = [...html.matchAll(/<tr><td[^>]*>(?:<bdi>)?All 52 periods(?:<\/bdi>)?<\/td>(.*?)<\/tr>/g)][0]?.[1]
    expect(
      cells
        ?.replace(/<[^>]+>/g, '|')
        .split('|')
        .filter(Boolean),
    ).toEqual(['2,080', '104', '52'])
    expect(html).toContain('The latest 12 of 52 reporting periods')
  })

  it('lists every period of a short cycle, with no totals row or note', () => {
    const html = render(rows.slice(0, 6))
    expect(html).toContain('Period 1:')
    expect(html).not.toContain('All 6 periods')
    expect(html).not.toContain('The latest')
  })

  it('says the same in Urdu', () => {
    expect(render(rows, 'ur')).toContain('تمام 52 دورانیے')
  })
})

describe('the compliance section before any period', () => {
  const empty = (dates: { startDate: Date | null; endDate: Date | null }, locale: 'en' | 'ur' = 'en') =>
    renderToStaticMarkup(<ComplianceSection rows={[]} dates={dates} m={dictionaries[locale]} locale={locale} cycleId="c" linked={false} />)

  it('says a dated cycle has not started yet, not that it needs dates (cycle 8)', () => {
    const html = empty({ startDate: new Date('2027-01-31T19:00:00Z'), endDate: new Date('2028-01-30T19:00:00Z') })
    expect(html).toContain('the first begins with the cycle on 01-Feb-2027')
    expect(html).not.toContain('needs start and end dates')
    expect(empty({ startDate: new Date('2027-01-31T19:00:00Z'), endDate: new Date('2028-01-30T19:00:00Z') }, 'ur')).toContain(
      'سائیکل کے ساتھ شروع',
    )
  })

  it('asks for dates only when the cycle has none', () => {
    expect(empty({ startDate: null, endDate: null })).toContain('needs start and end dates')
  })
})
