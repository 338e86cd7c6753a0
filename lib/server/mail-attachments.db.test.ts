// Files sent with a message: made when it is sent, from the record its kind names.
import { afterEach, describe, expect, it } from 'vitest'
import { getDb } from './db'
import { deliverQueued, kindWithAttachments, registerMailAttachments, setMailTransport } from './mailer'

afterEach(() => setMailTransport(null))

async function queued(kind: string, toEmail = 'someone@example.pk') {
  const db = await getDb()
  const n = await db.notification.create({ data: { toEmail, subject: 'Booked', body: 'See the file.', kind } })
  return n.id
}

describe('mail attachments', () => {
  it('hands the transport the files the kind’s maker makes from the named record, and none to a plain kind', async () => {
    const sent: { to: string; attachments?: { filename: string; content: string }[] }[] = []
    setMailTransport({ sendMail: async (m: object) => void sent.push(m as (typeof sent)[number]) })
    registerMailAttachments('test.with-file', async (_db, ref) => [
      { filename: `${ref}.ics`, content: `file for ${ref}`, contentType: 'text/calendar; charset=utf-8' },
    ])
    const db = await getDb()
    const ids = [await queued(kindWithAttachments('test.with-file', 'abc'), 'a@example.pk'), await queued('test.plain', 'b@example.pk')]
    await deliverQueued(db, ids)
    expect(Object.fromEntries(sent.map((m) => [m.to, m.attachments]))).toEqual({
      'a@example.pk': [{ filename: 'abc.ics', content: 'file for abc', contentType: 'text/calendar; charset=utf-8' }],
      'b@example.pk': [],
    })
  })

  it('a kind whose maker is not registered fails the message for a retry instead of sending it without its file', async () => {
    setMailTransport({ sendMail: async () => undefined })
    const db = await getDb()
    const id = await queued(kindWithAttachments('test.nobody-registered', 'x'))
    await deliverQueued(db, [id])
    expect(await db.notification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED' })
  })
})
