// Asking for a sign-in link or a password reset, or signing up, answers the same and at once
// whether or not the email has an account: the request does the same work for every address
// (its attempt is counted), and the look-up, the token, the mail and its delivery come after
// the answer. Before, an account's request waited for the mail server (a second and more with
// SMTP), so its time said which emails have accounts.
import { describe, expect, it, vi } from 'vitest'
import { getDb, setDb } from '../server/db'
import { settleAfterResponse } from '../server/after-response'
import { createCountingDatabase } from '../../tests/support/query-count'
import { makeUser } from '../../tests/support/factories'
import { requestPasswordReset } from './reset-password'
import { requestSignInLink } from './sign-in-link'
import { signUpApplicant } from './sign-up'

/** While held, delivery never finishes: a mail server that does not answer. */
const delivery = { held: null as null | { reached: () => void; released: Promise<void> } }
vi.mock('../server/mailer', async (importOriginal) => {
  const real = await importOriginal<typeof import('../server/mailer')>()
  return {
    ...real,
    deliverQueued: async (...args: Parameters<typeof real.deliverQueued>) => {
      const held = delivery.held
      if (!held) return real.deliverQueued(...args)
      held.reached()
      await held.released
    },
  }
})

function holdDelivery() {
  let reached!: () => void
  let release!: () => void
  const reachedP = new Promise<void>((r) => (reached = r))
  const released = new Promise<void>((r) => (release = r))
  delivery.held = { reached, released }
  return {
    reached: reachedP,
    release: () => {
      delivery.held = null
      release()
    },
  }
}

const requests = {
  'a sign-in link': (email: string) => requestSignInLink(email),
  'a password reset': (email: string) => requestPasswordReset(email),
  'a sign-up': (email: string) => signUpApplicant({ name: 'Sadia Noor', email, password: 'a long enough password' }),
}
type Kind = keyof typeof requests

/** An address the request mails: an account's for links, a new one for sign-up. */
async function mailedAddress(kind: Kind) {
  return kind === 'a sign-up' ? `new-${crypto.randomUUID().slice(0, 8)}@test.pk` : (await makeUser('FELLOW')).email
}

describe('requests that mail an address answer before the mail is delivered', () => {
  for (const kind of Object.keys(requests) as Kind[]) {
    it(`${kind}: a mail server that never answers does not hold the answer up`, async () => {
      const email = await mailedAddress(kind)
      const held = holdDelivery()
      try {
        const answered = requests[kind](email).then(() => 'answered')
        const waited = held.reached.then(() => 'waited for the mail server')
        expect(await Promise.race([answered, waited])).toBe('answered')
        // The mail was written to the outbox and handed to the mail server after the answer.
        await held.reached
        const db = await getDb()
        expect(await db.notification.count({ where: { toEmail: email, status: 'QUEUED' } })).toBe(1)
      } finally {
        held.release()
        await settleAfterResponse()
      }
    })
  }
})

describe('an address with an account and one without get the same answer, after the same work', () => {
  for (const kind of Object.keys(requests) as Kind[]) {
    it(`${kind}: the same result and the same queries before the answer`, async () => {
      const own = await getDb()
      const qc = await createCountingDatabase()
      setDb(qc.prisma)
      try {
        // For links the account is the odd one out; for sign-up, the account that exists.
        const owner = await makeUser('FELLOW')
        const stranger = `nobody-${crypto.randomUUID().slice(0, 8)}@test.pk`
        const known = await qc.count(() => requests[kind](owner.email))
        const unknown = await qc.count(() => requests[kind](stranger))
        expect(known.result).toBeUndefined()
        expect(unknown.result).toBeUndefined()
        expect(known.queries.length).toBeGreaterThan(0)
        expect(unknown.queries).toEqual(known.queries)
        await settleAfterResponse()
        // Afterwards the owner hears about it; a link goes to no stranger.
        expect(await qc.prisma.notification.count({ where: { toEmail: owner.email } })).toBe(1)
        expect(await qc.prisma.notification.count({ where: { toEmail: stranger } })).toBe(kind === 'a sign-up' ? 1 : 0)
      } finally {
        await settleAfterResponse()
        setDb(own)
        await qc.close()
      }
    })
  }
})
