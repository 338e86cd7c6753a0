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
  // Sent to an address nobody has confirmed yet: no text from the sign-up form (not even the
  // name), so the form cannot send strangers words of someone else's choosing.
  verifyEmail: (v: { url: string }) => ({
    subject: 'Confirm your email for Daftar / دفتر کے لیے اپنی ای میل کی تصدیق کریں',
    body: `Hello,\n\nAn applicant account on Daftar was created with this email address. Confirm it to submit applications:\n${v.url}\n\nIf it was not you, ignore this email; the account cannot be used to apply until the address is confirmed.\n\n—\n\nالسلام علیکم\n\nاس ای میل پتے کے ساتھ دفتر پر درخواست گزار اکاؤنٹ بنایا گیا ہے۔ درخواستیں جمع کرانے کے لیے اس کی تصدیق کریں:\n${v.url}\n\nاگر یہ آپ نے نہیں کیا تو اس ای میل کو نظر انداز کریں؛ تصدیق کے بغیر اس اکاؤنٹ سے درخواست نہیں دی جا سکتی۔${sign}`,
    secret: true,
  }),
  /** Sign-up with an email that has an account: its owner is told, and nothing changes. */
  signUpExisting: (v: { signInUrl: string; resetUrl: string }) => ({
    subject: 'You already have a Daftar account / آپ کا دفتر اکاؤنٹ پہلے سے موجود ہے',
    body: `Hello,\n\nSomeone (perhaps you) tried to create a Daftar account with this email address, which already has one. Nothing was changed.\n\nSign in: ${v.signInUrl}\nForgot your password? Set a new one: ${v.resetUrl}\n\nIf it was not you, ignore this email.\n\n—\n\nالسلام علیکم\n\nکسی نے (شاید آپ نے) اس ای میل پتے کے ساتھ دفتر اکاؤنٹ بنانے کی کوشش کی، جبکہ اس پتے کا اکاؤنٹ پہلے سے موجود ہے۔ کچھ تبدیل نہیں ہوا۔\n\nسائن ان: ${v.signInUrl}\nپاس ورڈ بھول گئے؟ نیا بنائیں: ${v.resetUrl}\n\nاگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں۔${sign}`,
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
