// The referee's side: no account, only the emailed link. The token is looked up by its SHA-256;
// a wrong one (unknown, replaced, expired) says nothing of any applicant, and counts against
// the address's limit (forgiven when the link is real, as lib/certificates/verify.ts). A letter
// is accepted once, before the applicant's deadline: the link is then used up.
import 'server-only'
import { getDb } from '../server/db'
import { forgive, hit } from '../server/rate-limit'
import { write } from '../server/unit-of-work'
import { withoutSignIn } from '../auth/permit'
import { hashToken } from '../auth/tokens'
import { AppError } from '../server/errors'
import { discardUpload, isEmptyFile, storeUpload, type StoredUpload } from '../files/upload'
import { letterDeadline } from './deadline'
import { queueApplicantNotice } from './mail'
import { LETTER_FILE_KINDS, type LetterInput } from './schema'
import { LETTER_STAGES } from './rules'

export const LETTER_LINK_LIMIT = { wrongPerIp: 20, windowMs: 15 * 60_000 }

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/

export type LetterRequest =
  | { state: 'limited' }
  | { state: 'invalid' }
  | { state: 'closed' }
  | { state: 'received' }
  | {
      state: 'open'
      refereeName: string
      applicantName: string
      programme: { name: string; nameUr: string | null }
      cycle: { name: string; nameUr: string | null }
      deadline: Date
    }

async function find(token: string) {
  if (!TOKEN.test(token)) return null
  const db = await getDb()
  return db.referee.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      name: true,
      status: true,
      tokenExpiresAt: true,
      application: {
        select: {
          id: true,
          stage: true,
          applicant: { select: { id: true, name: true, email: true } },
          cycle: {
            select: {
              id: true,
              name: true,
              nameUr: true,
              applicationsCloseAt: true,
              programme: { select: { name: true, nameUr: true } },
            },
          },
        },
      },
    },
  })
}

type Found = NonNullable<Awaited<ReturnType<typeof find>>>

/** What the link leads to now; `found` only for a link still open. */
async function classify(r: Found | null, now: Date): Promise<{ state: LetterRequest['state']; deadline?: Date }> {
  if (!r || r.status === 'REPLACED' || r.tokenExpiresAt <= now || !LETTER_STAGES.includes(r.application.stage)) return { state: 'invalid' }
  if (r.status === 'RECEIVED') return { state: 'received' }
  const deadline = await letterDeadline(await getDb(), r.application.cycle, r.application.applicant.id)
  if (!deadline || now >= deadline) return { state: 'closed' }
  return { state: 'open', deadline }
}

/**
 * The link's referee, or "limited": every lookup is counted against the address before the
 * answer is known, and forgiven when the link is real, so only wrong guesses use the window up.
 */
async function lookUp(token: string, ip: string | null, now: Date): Promise<Found | null | 'limited'> {
  const key = `referee:ip:${ip ?? 'unknown'}`
  if (!(await hit(key, LETTER_LINK_LIMIT.wrongPerIp, LETTER_LINK_LIMIT.windowMs, now))) return 'limited'
  const r = await find(token)
  if (r && r.status !== 'REPLACED') await forgive(key, now)
  return r
}

/** The referee's page: what to show for this link. */
export async function findLetterRequest(token: string, ip: string | null, now = new Date()): Promise<LetterRequest> {
  const found = await lookUp(token, ip, now)
  if (found === 'limited') return { state: 'limited' }
  const c = await classify(found, now)
  if (c.state !== 'open' || !found) return { state: c.state } as LetterRequest
  const a = found.application
  return {
    state: 'open',
    refereeName: found.name,
    applicantName: a.applicant.name,
    programme: a.cycle.programme,
    cycle: { name: a.cycle.name, nameUr: a.cycle.nameUr },
    deadline: c.deadline!,
  }
}

/** Accepts the letter (text, a PDF or Word file, or both) once; the link is used up after. */
export async function submitLetter(
  input: LetterInput & { file?: unknown },
  ip: string | null,
  now = new Date(),
): Promise<{ state: 'received' }> {
  const found = await lookUp(input.token, ip, now)
  if (found === 'limited') throw new AppError('RATE_LIMITED', 'referees.errors.limited')
  const c = await classify(found, now)
  if (c.state === 'closed') throw new AppError('CLOSED', 'referees.letter.closed')
  if (c.state !== 'open' || !found) throw new AppError('NOT_FOUND', 'referees.errors.linkInvalid')
  const hasFile = !isEmptyFile(input.file)
  if (!input.letterText && !hasFile)
    throw new AppError('INVALID', 'referees.errors.letterMissing', { letterText: 'referees.errors.letterMissing' })
  let upload: StoredUpload | undefined
  try {
    if (hasFile) upload = await storeUpload(input.file as File, { kinds: [...LETTER_FILE_KINDS], field: 'letterFile' })
    await write(null, withoutSignIn('emailed-token'), async (tx, uow) => {
      // One statement decides: a second submit, a replacement or a resend meanwhile finds nothing.
      const done = await tx.referee.updateMany({
        where: { id: found.id, status: 'REQUESTED', tokenHash: hashToken(input.token) },
        data: {
          status: 'RECEIVED',
          receivedAt: now,
          letterText: input.letterText ?? null,
          ...(upload
            ? {
                letterStorageKey: upload.key,
                letterFileName: upload.originalName,
                letterMimeType: upload.mimeType,
                letterSizeBytes: upload.size,
                letterSha256: upload.sha256,
              }
            : {}),
          version: { increment: 1 },
        },
      })
      if (done.count !== 1) throw new AppError('NOT_FOUND', 'referees.errors.linkInvalid')
      await uow.audit({
        action: 'referee.receive',
        entityType: 'Referee',
        entityId: found.id,
        actorId: null,
        after: { text: !!input.letterText, file: !!upload },
      })
      const a = found.application
      await queueApplicantNotice(tx, a.applicant, { kind: 'received', cycle: a.cycle, referee: found.name })
    })
    return { state: 'received' }
  } catch (e) {
    await discardUpload(upload)
    throw e
  }
}
