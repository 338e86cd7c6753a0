// Generated people for the large data set: Pakistani names, phone and CNIC numbers in the
// right shape (the CNIC's first digit is the province, its last digit odd for men), and
// unique addresses under the reserved domain that marks the large set.
import { randomUUID } from 'node:crypto'
import { FIRST_NAMES, LAST_NAMES, LARGE_EMAIL_DOMAIN } from './catalogue'
import { between, digits, pick, type Rng } from './rand'

export type Sex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED'

const CNIC_PROVINCE: Record<string, string> = {
  'Khyber Pakhtunkhwa': '1',
  Punjab: '3',
  Sindh: '4',
  Balochistan: '5',
  'Gilgit-Baltistan': '7',
}

export interface PersonRow extends Record<string, unknown> {
  id: string
  email: string
  name: string
}

export class People {
  private seq = 0

  /** A User row. Applicants and fellows have no password: only the demo accounts sign in. */
  user(r: Rng, o: { role: string; gender: Sex; district: string | null; at: Date; departmentId?: string }): PersonRow {
    const sex = o.gender === 'FEMALE' || (o.gender !== 'MALE' && r() < 0.5) ? 'FEMALE' : 'MALE'
    const first = pick(r, FIRST_NAMES[sex])
    const last = pick(r, LAST_NAMES)
    const slug = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '')
    this.seq++
    return {
      id: randomUUID(),
      email: `${slug(first)}.${slug(last)}.${this.seq}@${LARGE_EMAIL_DOMAIN}`,
      name: `${first} ${last}`,
      role: o.role,
      departmentId: o.departmentId ?? null,
      phone: `03${pick(r, ['00', '01', '05', '11', '13', '15', '21', '33', '34', '45', '47'])}-${digits(r, 7)}`,
      gender: o.gender,
      district: o.district,
      locale: r() < 0.3 ? 'ur' : 'en',
      active: true,
      emailVerifiedAt: o.at,
      createdAt: o.at,
      updatedAt: o.at,
    }
  }

  cnic(r: Rng, province: string, gender: Sex): string {
    const last = gender === 'FEMALE' ? pick(r, [0, 2, 4, 6, 8]) : pick(r, [1, 3, 5, 7, 9])
    return `${CNIC_PROVINCE[province] ?? '6'}${between(r, 1101, 9399)}-${digits(r, 7)}-${last}`
  }
}
