// Which submission files a viewer may download besides their own (lib/files/access.ts asks):
// the project's department's partners, and fellows on a live, announced placement on it, as
// for the deliverable itself.
import 'server-only'
import { getDb } from '../server/db'
import type { FileReader } from '../files/access'
import { livePlacement } from '../fellowships/scope'

export const readSubmissionFile: FileReader = async (viewer, file) => {
  if (viewer.role !== 'PARTNER' && viewer.role !== 'FELLOW') return null
  const db = await getDb()
  const links = await db.submissionFile.findMany({
    where: { fileId: file.id },
    select: {
      submission: {
        select: {
          deliverable: {
            select: {
              project: {
                select: {
                  departmentId: true,
                  placements: { where: { ...livePlacement, fellowship: { userId: viewer.userId } }, select: { id: true } },
                },
              },
            },
          },
        },
      },
    },
  })
  for (const sf of links) {
    const p = sf.submission.deliverable.project
    if (viewer.role === 'PARTNER' && viewer.departmentId === p.departmentId) return { originalName: file.originalName }
    if (viewer.role === 'FELLOW' && p.placements.length > 0) return { originalName: file.originalName }
  }
  return null
}
