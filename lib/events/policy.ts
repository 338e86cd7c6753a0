// What may be done with an event when: one rule each for the page's buttons and the mutations.

export interface EventTiming {
  startsAt: Date
  endsAt: Date
  cancelledAt: Date | null
}

/** An answer (RSVP) is for a session still to come: not after it ended, nor once cancelled. */
export function canRespond(e: EventTiming, now = new Date()): boolean {
  return !e.cancelledAt && e.endsAt > now
}

/** Attendance is taken once the session has started (not of a cancelled one). */
export function canTakeAttendance(e: EventTiming, now = new Date()): boolean {
  return !e.cancelledAt && e.startsAt <= now
}

export type AttendanceCounts = { present: number; late: number; excused: number; absent: number }

/**
 * The attendance rate: (present + late) / (present + late + absent). Excused absences are not
 * counted either way; null when nothing counts (shown as "—").
 */
export function attendanceRate(c: AttendanceCounts): number | null {
  const counted = c.present + c.late + c.absent
  return counted === 0 ? null : (c.present + c.late) / counted
}

/** Bands of attendance rates, for counting fellows on a dashboard ("none": nothing counted). */
export const ATTENDANCE_BANDS = ['high', 'good', 'low', 'poor', 'none'] as const
export type AttendanceBand = (typeof ATTENDANCE_BANDS)[number]

export function attendanceBand(rate: number | null): AttendanceBand {
  if (rate === null) return 'none'
  if (rate >= 0.9) return 'high'
  if (rate >= 0.75) return 'good'
  if (rate >= 0.5) return 'low'
  return 'poor'
}
