// Emails of certificates of completion: the fellow is told theirs has been issued, with its
// verification code and where anyone can check it.
import { localText } from '../local-text'
import { defineEmails } from './define'

export interface Named {
  name: string
  nameUr: string | null
}

export const certificateEmails = defineEmails(
  {
    issued: (v: { to: string; programme: Named; cycle: Named; code: string; verifyUrl: string }) => ({
      subject: `Your certificate of completion: ${v.programme.name}`,
      body: `Hello ${v.to},\n\nCongratulations: your certificate of completion of the ${v.programme.name}, ${v.cycle.name}, has been issued. Its verification code is ${v.code}; anyone you show it to can check it at ${v.verifyUrl}\n\nOpen and print your certificate in your portal:`,
    }),
  },
  {
    issued: (v) => ({
      subject: `آپ کی تکمیل کی سند: ${localText('ur', v.programme.name, v.programme.nameUr)}`,
      body: `${v.to}، السلام علیکم\n\nمبارک ہو: ${localText('ur', v.programme.name, v.programme.nameUr)}، ${localText('ur', v.cycle.name, v.cycle.nameUr)} کی تکمیل پر آپ کی سند جاری کر دی گئی ہے۔ اس کا تصدیقی کوڈ ${v.code} ہے؛ جسے بھی آپ یہ سند دکھائیں وہ اسے ${v.verifyUrl} پر جانچ سکتا ہے۔\n\nاپنی سند اپنے پورٹل میں کھولیں اور پرنٹ کریں:`,
    }),
  },
)
