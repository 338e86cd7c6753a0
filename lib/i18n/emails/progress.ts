// Emails of progress reporting: the reminder of missing updates.
import { formatDate } from '../format'
import { defineEmails } from './define'

/** A reporting period as the reminder lists it: its number (from 0), first and last day, and when it stops being on time. */
export interface RemindedPeriod {
  index: number
  start: Date
  lastDay: Date
  closesAt: Date
}

const range = (p: RemindedPeriod, locale: 'en' | 'ur') => `${formatDate(p.start, locale)} – ${formatDate(p.lastDay, locale)}`

export const progressEmails = defineEmails(
  {
    updateReminder: (name: string, cycle: string, periods: RemindedPeriod[], now: Date) => ({
      subject: 'Progress update reminder',
      body: `Hello ${name},\n\nYour progress updates for these reporting periods of ${cycle} have not been submitted yet:\n${periods.map((p) => `- Period ${p.index + 1}: ${range(p, 'en')}${now < p.closesAt ? ` (on time until ${formatDate(p.closesAt, 'en')})` : ' (late)'}`).join('\n')}\n\nA late update is still accepted; it is marked late. Write it here:`,
    }),
  },
  {
    updateReminder: (name, cycle, periods, now) => ({
      subject: 'پیش رفت رپورٹ کی یاد دہانی',
      body: `${name}، السلام علیکم\n\n${cycle} کی ان مدتوں کی پیش رفت رپورٹس ابھی جمع نہیں ہوئیں:\n${periods.map((p) => `- مدت ${p.index + 1}: ${range(p, 'ur')}${now < p.closesAt ? ` (${formatDate(p.closesAt, 'ur')} تک بروقت)` : ' (تاخیر سے)'}`).join('\n')}\n\nتاخیر سے جمع کرائی گئی رپورٹ بھی قبول کی جاتی ہے، البتہ اسے تاخیر شدہ لکھا جاتا ہے۔ یہاں لکھیں:`,
    }),
  },
)
