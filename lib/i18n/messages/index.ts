// Every namespace of UI text. Add a namespace file beside this one and list it here.
import { common } from './common'
import { errors } from './errors'
import { auth } from './auth'
import { admin } from './admin'
import { staffTools } from './staff-tools'
import { nav } from './nav'
import { home } from './home'
import { placement } from './placement'
import { recruitment } from './recruitment'
import { progress } from './progress'
import { deliverables } from './deliverables'
import { evaluations } from './evaluations'
import { events } from './events'
import { slots } from './interview-slots'
import { waitlist } from './waitlist'
import { insight } from './insight'
import { yearReview } from './year-review'
import { alumni } from './alumni'
import { pub } from './public'
import { announcements } from './announcements'
import { stipends } from './stipends'
import { certificates } from './certificates'
import { referees } from './referees'
import { personSearch, imports } from './people-records'

const namespaces = {
  common,
  errors,
  auth,
  admin,
  staffTools,
  nav,
  home,
  placement,
  recruitment,
  insight,
  yearReview,
  alumni,
  pub,
  progress,
  deliverables,
  evaluations,
  events,
  slots,
  waitlist,
  announcements,
  stipends,
  certificates,
  referees,
  personSearch,
  imports,
}

type NS = typeof namespaces
export type Messages = { [K in keyof NS]: NS[K]['en'] }

function pick(locale: 'en' | 'ur'): Messages {
  const out = {} as Record<string, unknown>
  for (const [k, v] of Object.entries(namespaces)) out[k] = v[locale]
  return out as Messages
}

export const dictionaries = { en: pick('en'), ur: pick('ur') }
