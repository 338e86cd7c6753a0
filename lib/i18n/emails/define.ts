// Email texts are catalogued like the UI's: per namespace, English and Urdu written side by
// side with defineEmails(en, ur). The type makes every English email exist in Urdu, taking
// the same values, with a subject and a body (a missing or extra Urdu email fails the
// type-check). Both halves go into one message (lib/notifications/templates.ts), since a
// recipient's language is not always known when the mail is written.

/** One language's half of an email. */
export interface EmailText {
  subject: string
  body: string
}

/** Both halves, as lib/notifications/templates.ts composes them into one message. */
export interface BilingualText {
  subjectEn: string
  subjectUr: string
  en: string
  ur: string
}

type Emails = Record<string, (...args: never[]) => EmailText>
type Args<F> = F extends (...args: infer A) => EmailText ? A : never

export type UrduEmails<E extends Emails> = { [K in keyof E]: (...args: Args<E[K]>) => EmailText }
export type EmailCatalogue<E extends Emails> = { [K in keyof E]: (...args: Args<E[K]>) => BilingualText }

export function defineEmails<const E extends Emails>(en: E, ur: UrduEmails<E>): EmailCatalogue<E> {
  const out: Record<string, (...args: never[]) => BilingualText> = {}
  for (const key of Object.keys(en)) {
    out[key] = (...args) => {
      const e = en[key](...args)
      const u = ur[key](...(args as Args<E[string]>))
      return { subjectEn: e.subject, subjectUr: u.subject, en: e.body, ur: u.body }
    }
  }
  return out as EmailCatalogue<E>
}
