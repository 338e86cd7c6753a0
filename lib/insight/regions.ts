// Remote and settled districts, for equity figures. The remote list follows the districts the
// KP Civic Women's Internship recruits from (the merged former tribal districts and the
// mountainous north); every other stated district counts as settled.
export const REMOTE_DISTRICTS: readonly string[] = [
  'Upper Chitral',
  'Lower Chitral',
  'Upper Kohistan',
  'Lower Kohistan',
  'Kolai-Palas',
  'Shangla',
  'Battagram',
  'Torghar',
  'Upper Dir',
  'Lower Dir',
  'Bajaur',
  'Khyber',
  'Kurram',
  'Orakzai',
  'North Waziristan',
  'South Waziristan',
  'Tank',
]

export const REGIONS = ['REMOTE', 'SETTLED', 'UNKNOWN'] as const
export type Region = (typeof REGIONS)[number]

export function regionOf(district: string | null | undefined): Region {
  if (!district || !district.trim()) return 'UNKNOWN'
  return REMOTE_DISTRICTS.includes(district.trim()) ? 'REMOTE' : 'SETTLED'
}
