// Remote and settled districts, for equity figures. The remote districts are the ones the
// recruitment engineer marks in lib/recruitment/districts.ts (merged former tribal districts
// and the mountainous north); every other stated district counts as settled.
import { REMOTE_DISTRICTS as REMOTE } from '../recruitment/districts'

export const REMOTE_DISTRICTS: readonly string[] = REMOTE

export const REGIONS = ['REMOTE', 'SETTLED', 'UNKNOWN'] as const
export type Region = (typeof REGIONS)[number]

export function regionOf(district: string | null | undefined): Region {
  if (!district || !district.trim()) return 'UNKNOWN'
  return REMOTE_DISTRICTS.includes(district.trim()) ? 'REMOTE' : 'SETTLED'
}
