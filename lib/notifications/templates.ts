// Email texts. Each message carries English and Urdu, since a recipient's language
// preference is not always known when the mail is written.
import type { Role } from '@prisma/client'

const roleNames: Record<Role, [string, string]> = {
  ADMIN: ['administrator', 'منتظم'],
  STAFF: ['programme staff', 'پروگرام عملہ'],
  REVIEWER: ['reviewer', 'جائزہ کار'],
  FELLOW: ['fellow', 'فیلو'],
  PARTNER: ['government partner', 'سرکاری شراکت دار'],
  APPLICANT: ['applicant', 'درخواست گزار'],
}

const sign = '\n\n— Daftar / دفتر'

// The four templates carrying a link that signs someone in or sets their password return
// `secret: true`: queueMail marks the message, and no page ever shows its body.
export const mailTemplates = {
  signInLink: (v: { name: string; url: string }) => ({
    subject: 'Your Daftar sign-in link / دفتر میں سائن ان کا لنک',
    body: `Hello ${v.name},\n\nUse this link within 15 minutes to sign in to Daftar:\n${v.url}\n\nIf you did not ask for it, ignore this email.\n\n—\n\n${v.name}، السلام علیکم\n\nدفتر میں سائن ان کے لیے یہ لنک 15 منٹ کے اندر استعمال کریں:\n${v.url}${sign}`,
    secret: true,
  }),
  passwordReset: (v: { name: string; url: string }) => ({
    subject: 'Reset your Daftar password / دفتر کا پاس ورڈ دوبارہ بنائیں',
    body: `Hello ${v.name},\n\nSet a new password within an hour:\n${v.url}\n\nIf you did not ask for it, ignore this email; your password is unchanged.\n\n—\n\n${v.name}، السلام علیکم\n\nایک گھنٹے کے اندر نیا پاس ورڈ بنائیں:\n${v.url}${sign}`,
    secret: true,
  }),
  verifyEmail: (v: { name: string; url: string }) => ({
    subject: 'Confirm your email for Daftar / دفتر کے لیے اپنی ای میل کی تصدیق کریں',
    body: `Hello ${v.name},\n\nConfirm your email address to submit applications:\n${v.url}\n\n—\n\n${v.name}، السلام علیکم\n\nدرخواستیں جمع کرانے کے لیے اپنی ای میل کی تصدیق کریں:\n${v.url}${sign}`,
    secret: true,
  }),
  invitation: (v: { name: string; inviter: string; role: Role; url: string }) => ({
    subject: 'You are invited to Daftar / آپ کو دفتر میں مدعو کیا گیا ہے',
    body: `Hello ${v.name},\n\n${v.inviter} has invited you to Daftar as ${roleNames[v.role][0]}. Set your password within 7 days:\n${v.url}\n\n—\n\n${v.name}، السلام علیکم\n\n${v.inviter} نے آپ کو دفتر میں بطور ${roleNames[v.role][1]} مدعو کیا ہے۔ 7 دن کے اندر اپنا پاس ورڈ بنائیں:\n${v.url}${sign}`,
    secret: true,
  }),
  /** A generic notice for domain events: title and lines in both languages. */
  notice: (v: { subjectEn: string; subjectUr: string; en: string; ur: string; url?: string }) => ({
    subject: `${v.subjectEn} / ${v.subjectUr}`,
    body: `${v.en}${v.url ? `\n\n${v.url}` : ''}\n\n—\n\n${v.ur}${v.url ? `\n\n${v.url}` : ''}${sign}`,
  }),
}
