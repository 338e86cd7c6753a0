// Emails of one applicant's own deadline: staff extended it, or took the extension back.
import { localText } from '../local-text'
import { defineEmails } from './define'
import type { CycleNames } from './recruitment'

type Both = { en: string; ur: string }

const callEn = (c: CycleNames) => `${c.programme.name} (${c.name})`
const callUr = (c: CycleNames) => `${localText('ur', c.programme.name, c.programme.nameUr)} (${c.name})`

export const deadlineEmails = defineEmails(
  {
    extended: (c: CycleNames, name: string, until: Both) => ({
      subject: 'Your application deadline was extended',
      body: `Dear ${name},\n\nThe programme team has extended your deadline for ${callEn(c)} to ${until.en} (Pakistan time). You can save and submit your application in your portal until then. The call stays closed for others.`,
    }),
    revoked: (c: CycleNames, name: string) => ({
      subject: 'Your deadline extension was withdrawn',
      body: `Dear ${name},\n\nThe programme team has withdrawn the extension of your deadline for ${callEn(c)}. Contact them if you have questions.`,
    }),
  },
  {
    extended: (c, name, until) => ({
      subject: 'آپ کی درخواست کی آخری تاریخ بڑھا دی گئی',
      body: `محترم/محترمہ ${name}،\n\nپروگرام ٹیم نے ${callUr(c)} کے لیے آپ کی آخری تاریخ ${until.ur} (پاکستانی وقت) تک بڑھا دی ہے۔ آپ اس وقت تک اپنے پورٹل میں اپنی درخواست محفوظ اور جمع کر سکتے ہیں۔ دوسروں کے لیے درخواستیں بند رہیں گی۔`,
    }),
    revoked: (c, name) => ({
      subject: 'آپ کی آخری تاریخ میں توسیع واپس لے لی گئی',
      body: `محترم/محترمہ ${name}،\n\nپروگرام ٹیم نے ${callUr(c)} کے لیے آپ کی آخری تاریخ میں توسیع واپس لے لی ہے۔ سوالات کے لیے ان سے رابطہ کریں۔`,
    }),
  },
)
