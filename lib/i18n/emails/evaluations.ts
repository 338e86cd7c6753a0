// Emails of evaluation rounds: the reminder to whoever has not submitted by the due date, and the
// note to fellows that their supervisor's evaluation can now be read.
import { formatDate } from '../format'
import { localText } from '../local-text'
import { defineEmails } from './define'

export interface RoundNames {
  name: string
  nameUr: string
  dueAt: Date
}

export const evaluationEmails = defineEmails(
  {
    reminder: (v: { to: string; round: RoundNames; pending: number }) => ({
      subject: `Evaluation due: ${v.round.name}`,
      body: `Hello ${v.to},\n\nThe ${v.round.name} was due on ${formatDate(v.round.dueAt, 'en')}, and ${v.pending === 1 ? 'one evaluation you are asked to write has' : `${v.pending} evaluations you are asked to write have`} not been submitted yet. A draft you saved is kept; submit it here:`,
    }),
    released: (v: { to: string; round: RoundNames }) => ({
      subject: `Your supervisor's evaluation: ${v.round.name}`,
      body: `Hello ${v.to},\n\nYour supervisor's evaluation of you in the ${v.round.name} can now be read in your portal:`,
    }),
  },
  {
    reminder: (v) => ({
      subject: `جائزہ واجب: ${localText('ur', v.round.name, v.round.nameUr)}`,
      body: `${v.to}، السلام علیکم\n\n${localText('ur', v.round.name, v.round.nameUr)} کی آخری تاریخ ${formatDate(v.round.dueAt, 'ur')} تھی، اور آپ سے مانگے گئے ${v.pending} جائزے ابھی جمع نہیں ہوئے۔ آپ کا محفوظ کیا ہوا مسودہ موجود ہے؛ یہاں جمع کرائیں:`,
    }),
    released: (v) => ({
      subject: `آپ کے نگران کا جائزہ: ${localText('ur', v.round.name, v.round.nameUr)}`,
      body: `${v.to}، السلام علیکم\n\n${localText('ur', v.round.name, v.round.nameUr)} میں آپ کے نگران کا آپ کے بارے میں جائزہ اب آپ کے پورٹل میں پڑھا جا سکتا ہے:`,
    }),
  },
)
