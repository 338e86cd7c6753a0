// Emails about accounts: sign-in and reset links, confirming an address, sign-up with a known
// address, invitations.
import type { Role } from '@prisma/client'
import { defineEmails } from './define'

const roleEn: Record<Role, string> = {
  ADMIN: 'administrator',
  STAFF: 'programme staff',
  REVIEWER: 'reviewer',
  FELLOW: 'fellow',
  PARTNER: 'government partner',
  APPLICANT: 'applicant',
}

const roleUr: Record<Role, string> = {
  ADMIN: 'منتظم',
  STAFF: 'پروگرام عملہ',
  REVIEWER: 'جائزہ کار',
  FELLOW: 'فیلو',
  PARTNER: 'سرکاری شراکت دار',
  APPLICANT: 'درخواست گزار',
}

export const authEmails = defineEmails(
  {
    signInLink: (v: { name: string; url: string }) => ({
      subject: 'Your Daftar sign-in link',
      body: `Hello ${v.name},\n\nUse this link within 15 minutes to sign in to Daftar:\n${v.url}\n\nIf you did not ask for it, ignore this email.`,
    }),
    passwordReset: (v: { name: string; url: string }) => ({
      subject: 'Reset your Daftar password',
      body: `Hello ${v.name},\n\nSet a new password within an hour:\n${v.url}\n\nIf you did not ask for it, ignore this email; your password is unchanged.`,
    }),
    verifyEmail: (v: { url: string }) => ({
      subject: 'Confirm your email for Daftar',
      body: `Hello,\n\nAn applicant account on Daftar was created with this email address. Confirm it to submit applications:\n${v.url}\n\nIf it was not you, ignore this email; the account cannot be used to apply until the address is confirmed.`,
    }),
    signUpExisting: (v: { signInUrl: string; resetUrl: string }) => ({
      subject: 'You already have a Daftar account',
      body: `Hello,\n\nSomeone (perhaps you) tried to create a Daftar account with this email address, which already has one. Nothing was changed.\n\nSign in: ${v.signInUrl}\nForgot your password? Set a new one: ${v.resetUrl}\n\nIf it was not you, ignore this email.`,
    }),
    invitation: (v: { name: string; inviter: string; role: Role; url: string }) => ({
      subject: 'You are invited to Daftar',
      body: `Hello ${v.name},\n\n${v.inviter} has invited you to Daftar as ${roleEn[v.role]}. Set your password within 7 days:\n${v.url}`,
    }),
  },
  {
    signInLink: (v) => ({
      subject: 'دفتر میں سائن ان کا لنک',
      body: `${v.name}، السلام علیکم\n\nدفتر میں سائن ان کے لیے یہ لنک 15 منٹ کے اندر استعمال کریں:\n${v.url}`,
    }),
    passwordReset: (v) => ({
      subject: 'دفتر کا پاس ورڈ دوبارہ بنائیں',
      body: `${v.name}، السلام علیکم\n\nایک گھنٹے کے اندر نیا پاس ورڈ بنائیں:\n${v.url}`,
    }),
    verifyEmail: (v) => ({
      subject: 'دفتر کے لیے اپنی ای میل کی تصدیق کریں',
      body: `السلام علیکم\n\nاس ای میل پتے کے ساتھ دفتر پر درخواست گزار اکاؤنٹ بنایا گیا ہے۔ درخواستیں جمع کرانے کے لیے اس کی تصدیق کریں:\n${v.url}\n\nاگر یہ آپ نے نہیں کیا تو اس ای میل کو نظر انداز کریں؛ تصدیق کے بغیر اس اکاؤنٹ سے درخواست نہیں دی جا سکتی۔`,
    }),
    signUpExisting: (v) => ({
      subject: 'آپ کا دفتر اکاؤنٹ پہلے سے موجود ہے',
      body: `السلام علیکم\n\nکسی نے (شاید آپ نے) اس ای میل پتے کے ساتھ دفتر اکاؤنٹ بنانے کی کوشش کی، جبکہ اس پتے کا اکاؤنٹ پہلے سے موجود ہے۔ کچھ تبدیل نہیں ہوا۔\n\nسائن ان: ${v.signInUrl}\nپاس ورڈ بھول گئے؟ نیا بنائیں: ${v.resetUrl}\n\nاگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں۔`,
    }),
    invitation: (v) => ({
      subject: 'آپ کو دفتر میں مدعو کیا گیا ہے',
      body: `${v.name}، السلام علیکم\n\n${v.inviter} نے آپ کو دفتر میں بطور ${roleUr[v.role]} مدعو کیا ہے۔ 7 دن کے اندر اپنا پاس ورڈ بنائیں:\n${v.url}`,
    }),
  },
)
