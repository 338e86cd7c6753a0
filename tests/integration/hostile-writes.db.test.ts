// Hostile input reaching the domain writes behind the server actions: values that passed the
// form schema and values that did not (a crafted call cast straight through). Each write either
// succeeds or is refused with a clear AppError-backed message, never a 500, and a refusal
// leaves every table's row count unchanged.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { z } from 'zod'
import { dictionaries } from '../../lib/i18n/messages'
import { errorState } from '../../lib/server/action'
import { createProgramme, updateProgramme } from '../../lib/programmes/mutations'
import { createDepartment, updateDepartment, createContact } from '../../lib/departments/mutations'
import { createCycle, updateCycle } from '../../lib/cycles/mutations'
import { addComment } from '../../lib/comments/comments'
import { createProgrammeSchema, updateProgrammeSchema } from '../../lib/programmes/schema'
import { createDepartmentSchema, updateDepartmentSchema, createContactSchema } from '../../lib/departments/schema'
import { createCycleSchema, updateCycleSchema } from '../../lib/cycles/schema'
import { addCommentSchema } from '../../lib/comments/schema'
import type { Viewer } from '../../lib/auth/viewer'
import { makeCycle, makeDepartment, makeProgramme, makeViewer } from '../support/factories'
import { hostileForm, rowCounts, shapeKeys } from '../support/hostile'

type Write = (viewer: Viewer, input: never) => Promise<unknown>
let staff: Viewer
let fellow: Viewer
let ids: string[] = []

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  fellow = await makeViewer('FELLOW')
  const programme = await makeProgramme()
  const department = await makeDepartment()
  const cycle = await makeCycle({ programmeId: programme.id })
  // Real ids in the pool, so some crafted calls reach the update path and not only NOT_FOUND.
  ids = [programme.id, department.id, cycle.id, staff.userId, '00000000-0000-0000-0000-000000000000']
})

const cases: [string, z.ZodType, Write, () => Viewer][] = [
  ['createProgramme', createProgrammeSchema, createProgramme as Write, () => staff],
  ['updateProgramme', updateProgrammeSchema, updateProgramme as Write, () => staff],
  ['createDepartment', createDepartmentSchema, createDepartment as Write, () => staff],
  ['updateDepartment', updateDepartmentSchema, updateDepartment as Write, () => staff],
  ['createContact', createContactSchema, createContact as Write, () => staff],
  ['createCycle', createCycleSchema, createCycle as Write, () => staff],
  ['updateCycle', updateCycleSchema, updateCycle as Write, () => staff],
  ['addComment', addCommentSchema, addComment as Write, () => fellow],
]

/**
 * Runs the write; on refusal checks nothing was written and the message shown is safe.
 * `strict`: the refusal must be a clear domain message (AppError), not the generic one.
 */
async function attempt(write: Write, viewer: Viewer, input: unknown, strict = true) {
  const before = await rowCounts()
  try {
    await write(viewer, input as never)
  } catch (e) {
    for (const m of [dictionaries.en, dictionaries.ur]) {
      const state = errorState(m, e)
      // errors.unexpected is what a 500 looks like to the user: never acceptable here.
      if (strict) expect(state.formError, `${String(e)}`).not.toBe(m.errors.unexpected)
      expect(state.formError?.trim()).toBeTruthy()
      // Whatever went wrong, its text (SQL, Prisma's query dump) never reaches the page.
      expect(JSON.stringify(state)).not.toMatch(/prisma|uuid|syntax|invalid input|Argument/i)
    }
    expect(await rowCounts()).toEqual(before)
  }
}

describe.each(cases)('%s under hostile input', (_name, schema, write, viewer) => {
  const keys = shapeKeys(schema)

  it('with schema-valid but malformed values: succeeds or refuses cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(hostileForm(keys, ids), async (form) => {
        const parsed = schema.safeParse(form)
        if (parsed.success) await attempt(write, viewer(), parsed.data)
      }),
      { numRuns: 20 },
    )
  })

  // The domain functions trust their typed input: runAction always parses the form with the
  // same schema first, so this path needs a programming error to be reached. Even then the
  // database types refuse the value, nothing is half-written and no detail leaks.
  it('with schema-invalid values cast straight through: writes nothing, leaks nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    await fc.assert(
      fc.asyncProperty(hostileForm(keys, ids), async (form) => {
        if (!schema.safeParse(form).success) await attempt(write, viewer(), form, false)
      }),
      { numRuns: 15 },
    )
    log.mockRestore()
  })
})
