// Writing the year in review: saving the title and narrative (version-checked, since several
// staff edit it), and publishing or withdrawing it from the public site.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { appUrl } from '../../server/mailer'
import { mailTemplates } from '../../notifications/templates'
import type { Viewer } from '../../auth/viewer'
import { narrativeFrom, type PublishYearReviewInput, type SaveYearReviewInput } from './schema'
import { adminsToTell } from './queries'
import { insightEmails } from '../../i18n/emails/insight'

export async function saveYearReview(viewer: Viewer, input: SaveYearReviewInput) {
  const data = { title: input.title, titleUr: input.titleUr ?? null, narrative: narrativeFrom(input) }
  await write(
    viewer,
    permit('report:manage'),
    async (tx, uow) => {
      const before = await tx.yearReview.findUnique({ where: { year: input.year } })
      if (!before) {
        // Someone else wrote the first draft while this one was open: theirs is not overwritten.
        if (input.version !== undefined) throw notFound()
        const created = await tx.yearReview.create({ data: { year: input.year, ...data } })
        await uow.audit({
          action: 'year-review.create',
          entityType: 'YearReview',
          entityId: created.id,
          after: { year: input.year, ...data },
        })
        return
      }
      if (input.version === undefined) throw stale()
      await updateVersioned(tx.yearReview, before.id, input.version, data)
      await uow.audit({
        action: 'year-review.update',
        entityType: 'YearReview',
        entityId: before.id,
        before: { title: before.title, titleUr: before.titleUr, narrative: before.narrative },
        after: data,
      })
    },
    { unique: stale },
  )
}

export async function setYearReviewPublished(viewer: Viewer, input: PublishYearReviewInput) {
  const publish = input.publish === 'publish'
  await write(viewer, permit('report:manage'), async (tx, uow) => {
    const before = await tx.yearReview.findUnique({
      where: { year: input.year },
      select: { id: true, title: true, titleUr: true, status: true, publishedAt: true },
    })
    if (!before) throw notFound()
    if ((before.status === 'PUBLISHED') === publish)
      throw new AppError('CONFLICT', publish ? 'yearReview.edit.alreadyPublished' : 'yearReview.edit.notPublished')
    const after = { status: publish ? ('PUBLISHED' as const) : ('DRAFT' as const), publishedAt: publish ? new Date() : null }
    await updateVersioned(tx.yearReview, before.id, input.version, after)
    await uow.audit({
      action: publish ? 'year-review.publish' : 'year-review.unpublish',
      entityType: 'YearReview',
      entityId: before.id,
      before,
      after,
    })
    if (!publish) return
    // The report speaks for the organisation in public: every administrator hears it went out.
    // Only those listed on the confirmation (when the page sent the list) are emailed.
    const admins = await tx.user.findMany({
      where: { ...adminsToTell(viewer), ...(input.notifyIds ? { id: { in: input.notifyIds, not: viewer.userId } } : {}) },
      select: { id: true, email: true, name: true },
    })
    const mail = mailTemplates.notice({
      ...insightEmails.yearReviewPublished({ year: input.year, by: viewer.name, title: before.title, titleUr: before.titleUr }),
      url: appUrl(`/reports/${input.year}`),
    })
    for (const a of admins) await uow.mail({ to: a.email, userId: a.id, kind: 'year-review.published', ...mail })
  })
}
