// Who may download a stored file. A file belongs to an application (applicant, staff, and
// reviewers assigned to it unless the field is personal in a blind cycle) or to a deliverable
// submission (the project's fellows, its department's partners, staff). Anything else: not found.
import 'server-only'
import { getDb } from '../server/db'
import { notFound } from '../server/errors'
import { isStaff } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { livePlacement } from '../progress/scope'
import { blindFileName, hiddenInBlindReview } from '../recruitment/blind'
import { hiddenFromReviewers } from '../recruitment/stages'

export async function findReadableFile(viewer: Viewer, fileId: string) {
  const db = await getDb()
  const f = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      ownerId: true,
      storageKey: true,
      mimeType: true,
      originalName: true,
      applicationFiles: {
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
      },
      submissionFiles: {
        select: {
          submission: {
            select: {
              deliverable: {
                select: {
                  project: {
                    select: {
                      departmentId: true,
                      // As for the deliverable itself: only a live, announced placement.
                      placements: { where: { ...livePlacement, fellowship: { userId: viewer.userId } }, select: { id: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  })
  if (!f) throw notFound()
  if (isStaff(viewer) || f.ownerId === viewer.userId) return f
  for (const af of f.applicationFiles) {
    const a = af.application
    if (a.applicantId === viewer.userId) return f
    // A reviewer: assigned, not recused, and the application is not hidden from reviewers.
    if (a.reviews.length > 0 && !hiddenFromReviewers(a.stage)) {
      const field = a.cycle.formFields.find((x) => x.key === af.fieldKey)
      const personal = field ? hiddenInBlindReview(field) : false
      if (!a.cycle.blindReview) return f
      // Blind: never a personal question's file, and no file under the name it was uploaded with.
      if (!personal) return { ...f, originalName: blindFileName(a.id, af.fieldKey, f.originalName) }
    }
  }
  for (const sf of f.submissionFiles) {
    const p = sf.submission.deliverable.project
    if (viewer.role === 'PARTNER' && viewer.departmentId === p.departmentId) return f
    if (viewer.role === 'FELLOW' && p.placements.length > 0) return f
  }
  throw notFound()
}
