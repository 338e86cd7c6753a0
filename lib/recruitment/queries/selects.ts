// Select shapes the recruitment reads share, so an application's files and an interview read
// the same for the applicant, staff, reviewers and the panel.

/** An application's uploaded files: which question, and the file's name and size. */
export const applicationFilesSelect = {
  select: { fieldKey: true, file: { select: { id: true, originalName: true, sizeBytes: true } } },
} as const

/** When and where an interview is, and whether it took place. */
export const interviewSlotSelect = { id: true, scheduledAt: true, durationMinutes: true, mode: true, location: true, status: true } as const

/** A cycle as the call and pipeline pages head it: the call's dates and how it is reviewed. */
export const callCycleSelect = {
  id: true,
  name: true,
  status: true,
  version: true,
  archivedAt: true,
  applicationsOpenAt: true,
  applicationsCloseAt: true,
  blindReview: true,
  reviewsPerApplication: true,
  refereesRequired: true,
  programme: { select: { name: true, nameUr: true, slug: true } },
} as const

/** The questions an application's answers are shown under, in order (`personal`: what a blind review hides). */
export const answerFieldsSelect = {
  orderBy: { position: 'asc' },
  select: { key: true, type: true, labelEn: true, labelUr: true, personal: true, options: true },
} as const
