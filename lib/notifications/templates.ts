// Emails as sent: each message carries English and then Urdu, since a recipient's language
// preference is not always known when the mail is written. The words are in the email
// catalogues (lib/i18n/emails/*.ts); this module only puts the two halves together.
import type { Role } from '@prisma/client'
import type { BilingualText } from '../i18n/emails/define'
import { authEmails } from '../i18n/emails/auth'

const sign = '\n\n— Daftar / دفتر'

/** One message from both halves of a catalogued email; a link, when given, ends each half. */
function compose(v: BilingualText & { url?: string }) {
  return {
    subject: `${v.subjectEn} / ${v.subjectUr}`,
    body: `${v.en}${v.url ? `\n\n${v.url}` : ''}\n\n—\n\n${v.ur}${v.url ? `\n\n${v.url}` : ''}${sign}`,
  }
}

// The four templates carrying a link that signs someone in or sets their password return
// `secret: true`: queueMail marks the message, and no page ever shows its body.
export const mailTemplates = {
  signInLink: (v: { name: string; url: string }) => ({ ...compose(authEmails.signInLink(v)), secret: true }),
  passwordReset: (v: { name: string; url: string }) => ({ ...compose(authEmails.passwordReset(v)), secret: true }),
  // Sent to an address nobody has confirmed yet: no text from the sign-up form (not even the
  // name), so the form cannot send strangers words of someone else's choosing.
  verifyEmail: (v: { url: string }) => ({ ...compose(authEmails.verifyEmail(v)), secret: true }),
  /** Sign-up with an email that has an account: its owner is told, and nothing changes. */
  signUpExisting: (v: { signInUrl: string; resetUrl: string }) => compose(authEmails.signUpExisting(v)),
  invitation: (v: { name: string; inviter: string; role: Role; url: string }) => ({ ...compose(authEmails.invitation(v)), secret: true }),
  /** A catalogued notice for a domain event (lib/i18n/emails/*), with an optional link. */
  notice: (v: BilingualText & { url?: string }) => compose(v),
}
