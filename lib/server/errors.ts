// Typed domain errors. Domain code throws these; actions turn them into a message beside
// the form. Anything else is logged and shown as a generic "nothing was saved".
export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'STALE' | 'CONFLICT' | 'DUPLICATE' | 'CLOSED' | 'RATE_LIMITED' | 'INVALID' | 'UNAUTHENTICATED'

export class AppError extends Error {
  constructor(
    public code: AppErrorCode,
    /** An errors.* message key, or a ready message in the viewer's language. */
    public messageKey?: string,
    /** Errors for specific fields: field -> errors.* keys or messages. */
    public fieldErrors?: Record<string, string>,
    public vars?: Record<string, string | number>,
  ) {
    super(messageKey ?? code)
    this.name = 'AppError'
  }
}

export const notFound = () => new AppError('NOT_FOUND', 'errors.notFound')
export const forbidden = () => new AppError('FORBIDDEN', 'errors.forbidden')
export const stale = () => new AppError('STALE', 'errors.stale')

/** Prisma's unique-constraint error, checked without importing Prisma's runtime classes. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string }; message?: string } | null
  return err?.code === 'P2002' || err?.cause?.code === '23505' || /Unique constraint failed/i.test(err?.message ?? '')
}

/** Prisma's "record to update not found" (used with version-checked updates). */
export function isRecordNotFound(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === 'P2025'
}
