// Navigation per role. Later features add their entries here.
import type { RoleName } from './auth/roles'
import type { Messages } from './i18n/messages'

export interface NavItem {
  href: string
  label: string
}

export function navFor(role: RoleName, m: Messages): NavItem[] {
  const n = m.nav
  switch (role) {
    case 'ADMIN':
    case 'STAFF':
      return [
        { href: '/staff', label: n.staff.home },
        { href: '/staff/programmes', label: n.staff.programmes },
        { href: '/staff/cycles', label: n.staff.cycles },
        { href: '/staff/departments', label: n.staff.departments },
        { href: '/staff/people', label: n.staff.people },
        { href: '/staff/insight', label: m.insight.nav.insight },
        { href: '/staff/alumni', label: m.insight.nav.alumni },
        { href: '/review', label: m.nav.reviewer.queue },
        { href: '/staff/audit', label: n.staff.audit },
        { href: '/staff/outbox', label: n.staff.outbox },
      ]
    case 'REVIEWER':
      return [{ href: '/review', label: n.reviewer.queue }]
    case 'FELLOW':
      return [
        { href: '/fellow', label: n.fellow.home },
        { href: '/fellow/preferences', label: m.placement.nav.preferences },
        { href: '/fellow/updates', label: n.fellow.updates },
        { href: '/fellow/deliverables', label: n.fellow.deliverables },
        { href: '/fellow/events', label: m.events.nav.mine },
        { href: '/fellow/impact', label: m.progress.nav.impact },
        { href: '/fellow/evaluations', label: m.evaluations.nav.fellow },
        { href: '/fellow/payments', label: m.stipends.nav.mine },
        { href: '/fellow/certificate', label: m.certificates.nav.fellow },
        { href: '/fellow/profile', label: m.insight.nav.profile },
      ]
    case 'PARTNER':
      return [
        { href: '/partner', label: n.partner.home },
        { href: '/partner/projects', label: m.placement.nav.projects },
        { href: '/partner/deliverables', label: n.partner.deliverables },
        { href: '/partner/updates', label: m.progress.nav.updates },
        { href: '/partner/evaluations', label: m.evaluations.nav.partner },
        { href: '/partner/events', label: m.events.nav.mine },
        { href: '/partner/dashboard', label: m.insight.nav.dashboard },
      ]
    case 'APPLICANT':
      return [{ href: '/apply', label: n.applicant.home }]
  }
}
