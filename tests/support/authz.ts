// The authorization matrix: for one domain function, every role is tried; the allowed
// roles must get past the permission check and every other role must be refused.
import { expect, it } from 'vitest'
import type { Role } from '@prisma/client'
import { AppError } from '../../lib/server/errors'
import type { Viewer } from '../../lib/auth/viewer'
import { makeViewer } from './factories'

export const ALL_ROLES: Role[] = ['ADMIN', 'STAFF', 'REVIEWER', 'FELLOW', 'PARTNER', 'APPLICANT']

const refused = (e: unknown) => e instanceof AppError && (e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED')

/**
 * Declares one test per role. `call` gets a fresh viewer of that role; an allowed role may
 * still be refused by the domain (a record that is not theirs: NOT_FOUND), but never with
 * FORBIDDEN, and never by a crash (a TypeError or a database error is a 500, not a pass).
 */
export function matrix(name: string, allowed: Role[], call: (viewer: Viewer) => Promise<unknown>) {
  for (const role of ALL_ROLES) {
    const should = allowed.includes(role)
    it(`${name}: ${role} is ${should ? 'allowed' : 'refused'}`, async () => {
      const viewer = await makeViewer(role)
      let error: unknown = null
      try {
        await call(viewer)
      } catch (e) {
        error = e
      }
      if (should)
        expect(error === null || (error instanceof AppError && !refused(error)), `unexpected refusal or crash: ${String(error)}`).toBe(true)
      else expect(refused(error), `expected FORBIDDEN, got ${error === null ? 'success' : String(error)}`).toBe(true)
    })
  }
}
