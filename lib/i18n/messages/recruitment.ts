// The recruitment namespace, composed from one file per audience (recruitment/*.ts) so each
// stays readable; every part is defined in English and Urdu together.
import { shared } from './recruitment/shared'
import { staff } from './recruitment/staff'
import { reviewer } from './recruitment/reviewer'
import { applicant } from './recruitment/applicant'

const parts = { shared, staff, reviewer, applicant } as const

type Merge<K extends 'en' | 'ur'> = (typeof shared)[K] & (typeof staff)[K] & (typeof reviewer)[K] & (typeof applicant)[K]

function merge<K extends 'en' | 'ur'>(k: K): Merge<K> {
  return Object.assign({}, ...Object.values(parts).map((p) => p[k])) as Merge<K>
}

export const recruitment = { en: merge('en'), ur: merge('ur') }
