// The demo accounts the seed creates, one per role, shown on the sign-in page in demo mode.
import type { RoleName } from './auth/roles'
import { env } from './env'

export const DEMO_PASSWORD = 'daftar-demo-2026'

export const demoAccounts: { role: RoleName; email: string; name: string }[] = [
  { role: 'ADMIN', email: 'admin@daftar.pk', name: 'Samina Qureshi' },
  { role: 'STAFF', email: 'staff@daftar.pk', name: 'Anam Khattak' },
  { role: 'REVIEWER', email: 'reviewer@daftar.pk', name: 'Ibraheem Afridi' },
  { role: 'FELLOW', email: 'fellow@daftar.pk', name: 'Mahnoor Yousafzai' },
  { role: 'PARTNER', email: 'partner@daftar.pk', name: 'Dr. Tariq Mehmood' },
  { role: 'APPLICANT', email: 'applicant@daftar.pk', name: 'Hira Bibi' },
]

export function demoMode() {
  const e = env()
  return e.DAFTAR_DEMO ? e.DAFTAR_DEMO === 'on' : !e.DATABASE_URL
}
