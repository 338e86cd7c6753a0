// Emails of insight: the year in review going public.
import { localText } from '../local-text'
import { defineEmails } from './define'

export const insightEmails = defineEmails(
  {
    yearReviewPublished: (v: { year: number; by: string; title: string; titleUr: string | null }) => ({
      subject: `${v.year} in review is published`,
      body: `${v.by} published “${v.title}” on the public site. It shows the year's figures and the team's narrative; anyone can read it and download it.`,
    }),
  },
  {
    yearReviewPublished: (v) => ({
      subject: `${v.year} کا سالانہ جائزہ شائع ہو گیا`,
      body: `${v.by} نے “${localText('ur', v.title, v.titleUr)}” عوامی ویب سائٹ پر شائع کر دیا ہے۔ اس میں سال کے اعداد و شمار اور ٹیم کی تحریر شامل ہے؛ اسے کوئی بھی پڑھ اور ڈاؤن لوڈ کر سکتا ہے۔`,
    }),
  },
)
