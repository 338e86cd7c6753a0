// An applicant saves a draft of their application or submits it. Answers are checked against
// the cycle's questions; files are checked by size and content before anything is written;
// everything (answers, files, stage, screening, audit, email) commits together or not at all.
import 'server-only'
import { getDb } from '../../server/db'
import { permit } from '../../auth/permit'
import { write } from '../../server/unit-of-work'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { discardUpload, isEmptyFile, recordUpload, storeUpload, type StoredUpload } from '../../files/upload'
import { storage } from '../../files/storage'
import type { FileKind } from '../../files/sniff'
import type { Viewer } from '../../auth/viewer'
import { inputName, parseAnswers, readOptions, syncedColumns } from '../answers'
import { claimCnic } from '../../person-search/claim-cnic'
import { evaluateEligibility, readRules } from '../eligibility'
import { activeExtension, personalCallState } from '../deadline'
import { notices, queueNotice } from '../notify'

/** CVs, statements and photos: documents and images, nothing executable or archived. */
export const APPLICATION_FILE_KINDS: FileKind[] = ['pdf', 'docx', 'png', 'jpeg']

export interface SaveApplicationInput {
  cycleId: string
  intent: 'save' | 'submit'
  /** The version the applicant loaded; absent for a first save. */
  version?: number
  /** Form values keyed by input name ("a.<key>"). */
  raw: Record<string, unknown>
}

export async function saveApplication(viewer: Viewer, input: SaveApplicationInput) {
  permit('application:write:own')(viewer)
  const submit = input.intent === 'submit'
  const db = await getDb()
  const cycle = await db.cycle.findFirst({
    where: { id: input.cycleId, archivedAt: null, programme: { archivedAt: null } },
    select: {
      id: true,
      name: true,
      status: true,
      archivedAt: true,
      applicationsOpenAt: true,
      applicationsCloseAt: true,
      eligibilityRules: true,
      refereesRequired: true,
      programme: { select: { name: true, nameUr: true } },
      formFields: { orderBy: { position: 'asc' }, select: { key: true, type: true, required: true, options: true } },
    },
  })
  // A cycle gone on to selection still takes the work of someone whose extension runs.
  if (!cycle || (cycle.status !== 'RECRUITING' && cycle.status !== 'SELECTING')) throw notFound()
  // The call's close, or this person's own later deadline when staff extended it for them.
  const extension = await activeExtension(db, cycle.id, viewer.userId)
  const state = personalCallState(cycle, extension?.until ?? null)
  // After the deadline the refusal is clear and the saved draft stays as it was.
  if (state === 'closed') throw new AppError('CLOSED', 'recruitment.applyErrors.closed')
  if (state !== 'open') throw new AppError('CLOSED', 'recruitment.applyErrors.notOpen')
  const existing = await db.application.findUnique({
    where: { cycleId_applicantId: { cycleId: cycle.id, applicantId: viewer.userId } },
    select: {
      id: true,
      stage: true,
      version: true,
      files: { select: { fieldKey: true, fileId: true, file: { select: { storageKey: true } } } },
    },
  })
  if (existing && existing.stage !== 'DRAFT') throw new AppError('DUPLICATE', 'recruitment.applyErrors.alreadySubmitted')
  if (submit) {
    const me = await db.user.findUnique({ where: { id: viewer.userId }, select: { emailVerifiedAt: true } })
    if (!me?.emailVerifiedAt) throw new AppError('FORBIDDEN', 'recruitment.applyErrors.verifyFirst')
    // A call asking for referees needs them all named; their letters may arrive until the deadline.
    const named = existing
      ? await db.referee.count({ where: { applicationId: existing.id, status: { in: ['REQUESTED', 'RECEIVED'] } } })
      : 0
    if (named < cycle.refereesRequired)
      throw new AppError('INVALID', 'referees.errors.needReferees', undefined, { n: cycle.refereesRequired })
  }

  const fields = cycle.formFields.map((f) => ({ ...f, options: readOptions(f.options) }))
  const incoming = new Map<string, File>()
  for (const f of fields) {
    const v = input.raw[inputName(f.key)]
    if (f.type === 'FILE' && !isEmptyFile(v)) incoming.set(f.key, v as File)
  }
  const present = new Set([...(existing?.files.map((f) => f.fieldKey) ?? []), ...incoming.keys()])
  const { answers, errors } = parseAnswers(fields, input.raw, { submit, filesPresent: present })
  if (Object.keys(errors).length)
    throw new AppError('INVALID', submit ? 'recruitment.applyErrors.fixErrors' : 'recruitment.applyErrors.fixErrorsDraft', errors)

  const uploads: { key: string; upload: StoredUpload }[] = []
  try {
    for (const [key, file] of incoming)
      uploads.push({ key, upload: await storeUpload(file, { kinds: APPLICATION_FILE_KINDS, field: inputName(key) }) })
    const now = new Date()
    const screening = submit ? evaluateEligibility(readRules(cycle.eligibilityRules), answers, cycle.applicationsCloseAt ?? now) : null
    const data = {
      answers,
      ...syncedColumns(answers),
      ...(screening
        ? { stage: 'SUBMITTED' as const, submittedAt: now, eligibility: screening.status, eligibilityNotes: screening.notes }
        : {}),
    }
    const id = await write(
      viewer,
      permit('application:write:own'),
      async (tx, uow) => {
        let appId: string
        if (existing) {
          if (input.version === undefined) throw stale()
          await updateVersioned(tx.application, existing.id, input.version, data)
          appId = existing.id
        } else {
          appId = (await tx.application.create({ data: { ...data, cycleId: cycle.id, applicantId: viewer.userId }, select: { id: true } }))
            .id
        }
        for (const { key, upload } of uploads) {
          const old = existing?.files.find((f) => f.fieldKey === key)
          if (old) {
            await tx.applicationFile.delete({ where: { applicationId_fieldKey: { applicationId: appId, fieldKey: key } } })
            await tx.storedFile.delete({ where: { id: old.fileId } })
            uow.afterCommit(async () => (await storage()).remove(old.file.storageKey))
          }
          const stored = await recordUpload(tx, viewer.userId, upload)
          await tx.applicationFile.create({ data: { applicationId: appId, fieldKey: key, fileId: stored.id } })
        }
        await uow.audit({
          action: submit ? 'application.submit' : 'application.save',
          entityType: 'Application',
          entityId: appId,
          after: { stage: submit ? 'SUBMITTED' : 'DRAFT', files: uploads.map((u) => u.key), eligibility: screening?.status },
        })
        if (submit) await claimCnic(tx, viewer.userId, answers.cnic)
        if (submit)
          await queueNotice(
            tx,
            { id: viewer.userId, email: viewer.email, name: viewer.name },
            'recruitment.submitted',
            notices.submitted(cycle, viewer.name),
          )
        return appId
      },
      { unique: () => new AppError('DUPLICATE', 'recruitment.applyErrors.duplicate') },
    )
    return { id }
  } catch (e) {
    for (const u of uploads) await discardUpload(u.upload)
    throw e
  }
}
