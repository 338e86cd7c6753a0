// Asia/Karachi time arithmetic, in one place. Pakistan keeps UTC+5 all year (no daylight
// saving since 2009), so Karachi's clock is UTC shifted by a fixed five hours: a calendar day
// there starts at 19:00 UTC the day before. Stored times are UTC; people mean Karachi days.

export const KARACHI_OFFSET = '+05:00'
export const KARACHI_OFFSET_MS = 5 * 3600_000
export const DAY_MS = 24 * 3600_000
/** For SQL: a UTC timestamp plus this interval reads as Karachi's wall clock. */
export const KARACHI_SQL_INTERVAL = "interval '5 hours'"

/** A Date whose UTC fields (getUTCFullYear, getUTCHours…) read Karachi's wall clock at `d`. */
export function karachiWallClock(d: Date | string | number): Date {
  return new Date(new Date(d).getTime() + KARACHI_OFFSET_MS)
}

/** The inverse of karachiWallClock: UTC fields read as Karachi's clock, back to the real instant. */
export function fromKarachiWallClock(wall: Date): Date {
  return new Date(wall.getTime() - KARACHI_OFFSET_MS)
}

/**
 * "2026-11-27", "2026-11-27T09:00" or "2026-11-27T09:00:30" read as Karachi time. The Date is
 * invalid when the text is not such a date (callers check); days are not range-checked here.
 */
export function karachiDateToUtc(value: string): Date {
  const withTime = value.length === 10 ? `${value}T00:00` : value
  return new Date(`${withTime.length === 16 ? `${withTime}:00` : withTime}${KARACHI_OFFSET}`)
}

/** Midnight in Karachi of the day `d` falls on there. */
export function startOfKarachiDay(d: Date | string | number): Date {
  const wall = karachiWallClock(d).getTime()
  return fromKarachiWallClock(new Date(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS)))
}

/** Whether `d` is exactly midnight in Karachi (how a calendar-day column is stored). */
export function isKarachiMidnight(d: Date): boolean {
  return startOfKarachiDay(d).getTime() === d.getTime()
}

/** "2026-11-27T09:00" (or "2026-11-27" without the time): `d` on Karachi's clock. */
export function karachiIso(d: Date | string | number, withTime = true): string {
  const s = karachiWallClock(d).toISOString()
  return withTime ? s.slice(0, 16) : s.slice(0, 10)
}

/** [1 January, 1 January of the next year) of a calendar year in Karachi. */
export function karachiYearRange(year: number): { gte: Date; lt: Date } {
  return { gte: karachiDateToUtc(`${year}-01-01`), lt: karachiDateToUtc(`${year + 1}-01-01`) }
}
