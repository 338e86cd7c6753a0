// The permission a write needs, in the form the one write path takes (lib/server/unit-of-work.ts):
// write(viewer, permit('programme:manage'), async (tx, uow) => ...).
import { assertCan, can, type Permission, type PolicySubject } from './policy'

/** The viewer needs one of these permissions; otherwise UNAUTHENTICATED or FORBIDDEN, as assertCan. */
export function permit(...permissions: [Permission, ...Permission[]]) {
  return (viewer: PolicySubject | null | undefined): void => {
    if (permissions.some((p) => can(viewer, p))) return
    assertCan(viewer, permissions[0])
  }
}
