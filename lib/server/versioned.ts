// Optimistic locking: update a row only if its version is the one the editor loaded.
import { notFound, stale } from './errors'

interface VersionedDelegate {
  updateMany(args: { where: { id: string; version: number }; data: object }): Promise<{ count: number }>
  findUnique(args: { where: { id: string }; select: { id: true } }): Promise<{ id: string } | null>
}

/** Throws STALE when someone saved first, NOT_FOUND when the row is gone. */
export async function updateVersioned(delegate: VersionedDelegate, id: string, version: number, data: object) {
  const res = await delegate.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })
  if (res.count === 1) return
  const exists = await delegate.findUnique({ where: { id }, select: { id: true } })
  throw exists ? stale() : notFound()
}
