// Emails about deliverables: a version submitted for review, a decision on it.
import { localText } from '../local-text'
import { defineEmails } from './define'

export interface DeliverableNames {
  title: string
  titleUr: string | null
  project: { title: string; titleUr: string | null }
}

const titleUr = (d: DeliverableNames) => localText('ur', d.title, d.titleUr)
const projectUr = (d: DeliverableNames) => localText('ur', d.project.title, d.project.titleUr)
const quoted = (comments?: string | null) => (comments ? `\n\n“${comments}”` : '')

export const deliverableEmails = defineEmails(
  {
    submitted: (v: { to: string; by: string; d: DeliverableNames; version: number }) => ({
      subject: `To review: ${v.d.title}`,
      body: `Hello ${v.to},\n\n${v.by} has submitted version ${v.version} of “${v.d.title}” (${v.d.project.title}). Please approve it or request changes:`,
    }),
    decided: (v: { to: string; by: string; d: DeliverableNames; version: number; approved: boolean; comments?: string | null }) => ({
      subject: v.approved ? `Approved: ${v.d.title}` : `Changes requested: ${v.d.title}`,
      body: `Hello ${v.to},\n\n${v.by} has ${v.approved ? 'approved' : 'requested changes to'} version ${v.version} of “${v.d.title}” (${v.d.project.title}).${quoted(v.comments)}`,
    }),
  },
  {
    submitted: (v) => ({
      subject: `جائزے کے لیے: ${titleUr(v.d)}`,
      body: `${v.to}، السلام علیکم\n\n${v.by} نے “${titleUr(v.d)}” (${projectUr(v.d)}) کا ورژن ${v.version} جمع کرایا ہے۔ براہ کرم اسے منظور کریں یا تبدیلیوں کی درخواست کریں:`,
    }),
    decided: (v) => ({
      subject: v.approved ? `منظور: ${titleUr(v.d)}` : `تبدیلیوں کی درخواست: ${titleUr(v.d)}`,
      body: `${v.to}، السلام علیکم\n\n${v.by} نے “${titleUr(v.d)}” (${projectUr(v.d)}) کے ورژن ${v.version} کو ${v.approved ? 'منظور کر لیا ہے' : 'میں تبدیلیوں کی درخواست کی ہے'}۔${quoted(v.comments)}`,
    }),
  },
)
