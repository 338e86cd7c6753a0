// Saving or submitting one evaluation: a fellow's of themselves or of their department, or a
// supervisor's of a fellow of their department. A draft may be incomplete; a submitted one is
// final. The answers are checked against the round's criteria for that view.
import 'server-only'
import type { Prisma } from '@prisma/client'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { roundRoster } from '../roster'
import { readAnswers } from '../answers'
import { refusal, writeBlock } from '../policy'
import type { Direction } from '../schema'

export interface SaveEvaluationInput {
  roundId: string
  direction: Direction
  /** The supervisor's view names the fellow; a fellow's own views find their fellowship. */
  fellowshipId?: string
  version?: number
  intent: 'draft' | 'submit'
  /** The form: answers are "a.<criterionId>". */
  raw: Record<string, unknown>
}

export async function saveEvaluation(viewer: Viewer, input: SaveEvaluationInput, now = new Date()) {
  return write(
    viewer,
    permit('evaluation:write:own', 'evaluation:write:department'),
    async (tx, uow) => {
      const round = await tx.evaluationRound.findUnique({
        where: { id: input.roundId },
        select: { id: true, cycleId: true, openedAt: true, directions: true },
      })
      if (!round) throw notFound()
      const own = input.direction !== 'SUPERVISOR'
      // Scoped first: a fellowship that is not the viewer's (or not of their department) is
      // "not found", whatever else is true of it.
      const fellowshipWhere = own ? { userId: viewer.userId } : { id: input.fellowshipId ?? '' }
      const f = await tx.fellowship.findFirst({
        where: { cycleId: round.cycleId, ...fellowshipWhere },
        select: { id: true, userId: true, status: true },
      })
      if (!f) throw notFound()
      await uow.lock('Fellowship', f.id)
      const [placed] = await roundRoster(tx, round.cycleId, { fellowshipId: f.id })
      const existing = await tx.evaluation.findUnique({
        where: { roundId_fellowshipId_direction: { roundId: round.id, fellowshipId: f.id, direction: input.direction } },
      })
      const block = writeBlock(viewer, {
        round,
        direction: input.direction,
        fellowship: { userId: f.userId, status: f.status, departmentId: placed?.department?.id ?? null },
        existing,
      })
      if (block) throw refusal(block)

      const submit = input.intent === 'submit'
      const criteria = await tx.evaluationCriterion.findMany({
        where: { roundId: round.id, direction: input.direction },
        orderBy: { position: 'asc' },
        select: { id: true, kind: true },
      })
      const { answers, errors } = readAnswers(criteria, input.raw, submit)
      if (Object.keys(errors).length)
        throw new AppError('INVALID', submit ? 'evaluations.errors.fixToSubmit' : 'evaluations.errors.fixToSave', errors)

      const data = {
        answers: answers as Prisma.InputJsonValue,
        status: submit ? ('SUBMITTED' as const) : ('DRAFT' as const),
        submittedAt: submit ? now : null,
        // Two supervisors of one department may share the writing; the last to save signs it.
        authorId: viewer.userId,
      }
      let id: string
      if (existing) {
        // Two tabs: the one holding an older version must reload, not overwrite.
        if (input.version === undefined) throw stale()
        await updateVersioned(tx.evaluation, existing.id, input.version, data)
        id = existing.id
      } else {
        const created = await tx.evaluation.create({
          data: { roundId: round.id, fellowshipId: f.id, direction: input.direction, ...data },
          select: { id: true },
        })
        id = created.id
      }
      await uow.audit({
        action: submit ? 'evaluation.submit' : existing ? 'evaluation.edit' : 'evaluation.draft',
        entityType: 'Evaluation',
        entityId: id,
        before: existing ? { status: existing.status, answers: existing.answers } : undefined,
        after: { roundId: round.id, fellowshipId: f.id, direction: input.direction, status: data.status, answers },
      })
      return { id, submitted: submit }
    },
    // The same evaluation started in another tab at the same moment.
    { unique: stale },
  )
}
