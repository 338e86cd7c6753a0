// A fellow or alumnus saves their own profile. Only they edit it, so no version check.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import type { AlumniProfileInput } from './schema'

export async function saveAlumniProfile(viewer: Viewer, input: AlumniProfileInput) {
  await write(viewer, permit('alumni:write:own'), async (tx, uow) => {
    // The profile belongs to someone who has been a fellow, whatever their cycle's stage.
    const fellowship = await tx.fellowship.findFirst({ where: { userId: viewer.userId }, select: { id: true } })
    if (!fellowship) throw notFound()
    const data = {
      currentRole: input.currentRole ?? null,
      organisation: input.organisation ?? null,
      sector: input.sector ?? null,
      nextStep: input.nextStep ?? null,
      linkedinUrl: input.linkedinUrl ?? null,
    }
    const before = await tx.alumniProfile.findUnique({ where: { userId: viewer.userId } })
    const row = await tx.alumniProfile.upsert({
      where: { userId: viewer.userId },
      create: { userId: viewer.userId, ...data },
      update: data,
    })
    await uow.audit({
      action: before ? 'alumni-profile.update' : 'alumni-profile.create',
      entityType: 'AlumniProfile',
      entityId: row.id,
      before,
      after: data,
    })
  })
}
