// Which application files a viewer may download besides their own (lib/files/access.ts asks):
// the applicant, and reviewers assigned to the application (not recused, the application not
// hidden from reviewers); in a blind cycle never a personal question's file, and no file under
// the name it was uploaded with.
import 'server-only'
import { getDb } from '../server/db'
import type { FileReader } from '../files/access'
import { blindFileName, hiddenInBlindReview } from './blind'
import { hiddenFromReviewers } from './stages'

export const readApplicationFile: FileReader = async (viewer, file) => {
  const db = await getDb()
  const links = await db.applicationFile.findMany({
    where: { fileId: file.id },
    select: {
      fieldKey: true,
      application: {
        select: {
          id: true,
          applicantId: true,
          stage: true,
          cycle: { select: { blindReview: true, formFields: { select: { key: true, type: true, personal: true } } } },
          reviews: { where: { reviewerId: viewer.userId, status: { not: 'RECUSED' } }, select: { id: true } },
        },
      },
    },
  })
  for (const af of links) {
    const a = af.application
    if (a.applicantId === viewer.userId) return { originalName: file.originalName }
    if (a.reviews.length > 0 && !hiddenFromReviewers(a.stage)) {
      const field = a.cycle.formFields.find((x) => x.key === af.fieldKey)
      const personal = field ? hiddenInBlindReview(field) : false
      if (!a.cycle.blindReview) return { originalName: file.originalName }
      if (!personal) return { originalName: blindFileName(a.id, af.fieldKey, file.originalName) }
    }
  }
  return null
}
