// Badge tones for placement states; the badge text always names the state too (never colour alone).
import type { PlacementStatus, ProjectStatus } from '@prisma/client'
import type { Locale } from '@/lib/i18n/config'
import { formatPercent } from '@/lib/i18n/format'

export const projectTone: Record<ProjectStatus, 'neutral' | 'good' | 'warn' | 'bad' | 'info'> = {
  DRAFT: 'neutral',
  PROPOSED: 'info',
  RETURNED: 'warn',
  APPROVED: 'good',
  COMPLETED: 'neutral',
  CANCELLED: 'bad',
}

export const placementTone: Record<PlacementStatus, 'neutral' | 'good' | 'warn' | 'bad' | 'info'> = {
  PROPOSED: 'info',
  ACTIVE: 'good',
  TRANSFERRED: 'neutral',
  ENDED: 'neutral',
}

/** "67%" in the viewer's digits. */
export function percent(share: number, locale: Locale) {
  return formatPercent(share, locale)
}
