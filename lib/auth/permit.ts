// The permission a write needs, in the form the one write path takes (lib/server/unit-of-work.ts):
// write(viewer, permit('programme:manage'), async (tx, uow) => ...).
import { AppError } from '../server/errors'
import { assertCan, can, type Permission, type PolicySubject } from './policy'

/** The viewer needs one of these permissions; otherwise UNAUTHENTICATED or FORBIDDEN, as assertCan. */
export function permit(...permissions: [Permission, ...Permission[]]) {
  return (viewer: PolicySubject | null | undefined): void => {
    if (permissions.some((p) => can(viewer, p))) return
    assertCan(viewer, permissions[0])
  }
}

/** Any signed-in person, acting on their own account (profile, password): the row is theirs. */
export function signedIn(viewer: PolicySubject | null | undefined): void {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'errors.forbidden')
}

/**
 * No one is signed in, and none need be: the caller proves its right another way, which
 * `proof` names for the reader (an emailed single-use token; a sign-up that only ever creates
 * an applicant). Checking that proof is the caller's job, inside or before the unit of work.
 */
export function withoutSignIn(proof: 'emailed-token' | 'own-address' | 'sign-up' | 'invitation') {
  void proof
  return (_: null): void => {}
}
