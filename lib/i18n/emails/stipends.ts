// Emails of stipend payments: the fellow is told when a month's stipend was paid (with the
// bank's reference) or could not be paid (with why; it is paid again in the next batch).
import { defineEmails } from './define'

interface Paid {
  to: string
  month: string
  monthUr: string
  amount: string
  amountUr: string
}

export const stipendEmails = defineEmails(
  {
    paid: (v: Paid & { reference: string }) => ({
      subject: `Stipend paid: ${v.month}`,
      body: `Hello ${v.to},\n\nYour stipend for ${v.month}, ${v.amount}, has been paid into your bank account (bank reference ${v.reference}). Your payments are here:`,
    }),
    failed: (v: Paid & { reason: string }) => ({
      subject: `Stipend not paid: ${v.month}`,
      body: `Hello ${v.to},\n\nYour stipend for ${v.month}, ${v.amount}, could not be paid: ${v.reason}. It will be paid again with next month's payments. Please check your bank details here:`,
    }),
  },
  {
    paid: (v) => ({
      subject: `وظیفہ ادا ہو گیا: ${v.monthUr}`,
      body: `${v.to}، السلام علیکم\n\n${v.monthUr} کا آپ کا وظیفہ، ${v.amountUr}، آپ کے بینک اکاؤنٹ میں ادا کر دیا گیا ہے (بینک حوالہ ${v.reference})۔ آپ کی ادائیگیاں یہاں ہیں:`,
    }),
    failed: (v) => ({
      subject: `وظیفہ ادا نہیں ہو سکا: ${v.monthUr}`,
      body: `${v.to}، السلام علیکم\n\n${v.monthUr} کا آپ کا وظیفہ، ${v.amountUr}، ادا نہیں ہو سکا: ${v.reason}۔ یہ اگلے مہینے کی ادائیگیوں کے ساتھ دوبارہ ادا کیا جائے گا۔ براہ کرم اپنی بینک تفصیلات یہاں دیکھ لیں:`,
    }),
  },
)
