// Links from a cycle's page to the work areas of each stage. Features add their entry here.
import type { Messages } from '../i18n/messages'

export interface CycleSection {
  href: (cycleId: string) => string
  label: (m: Messages) => string
}

export const cycleSections: CycleSection[] = [
  { href: (id) => `/staff/cycles/${id}/recruitment`, label: (m) => m.recruitment.nav.section },
  { href: (id) => `/staff/cycles/${id}/placement`, label: (m) => m.placement.nav.section },
  { href: (id) => `/staff/cycles/${id}/progress`, label: (m) => m.nav.staff.progress },
  { href: (id) => `/staff/cycles/${id}/evaluations`, label: (m) => m.evaluations.nav.section },
  { href: (id) => `/staff/cycles/${id}/announcements`, label: (m) => m.announcements.section },
  { href: (id) => `/staff/cycles/${id}/events`, label: (m) => m.events.nav.section },
  { href: (id) => `/staff/cycles/${id}/stipends`, label: (m) => m.stipends.nav.section },
  { href: (id) => `/staff/cycles/${id}/certificates`, label: (m) => m.certificates.nav.section },
  { href: (id) => `/staff/insight/cycles/${id}`, label: (m) => m.insight.nav.cycleDashboard },
  { href: (id) => `/staff/cycles/${id}/templates`, label: (m) => m.staffTools.templates.link },
]
