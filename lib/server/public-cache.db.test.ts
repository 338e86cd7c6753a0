// The public pages' cache (public-cache.ts): a visitor sees the same copy until the data
// changes, and the changed data at the very next request, whoever changed it and however
// (staff through the app, or a statement by hand); a call opens and closes on time with no
// write at all; nothing that failed to load is kept.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDb } from './db'
import { makeProgramme, makeViewer } from '../../tests/support/factories'
import { makeOpenCall } from '../../tests/support/factories-recruitment'
import { getPublicCall } from '../recruitment/queries/call'
import { listOpenCalls } from '../public/queries'
import { listPublicProgrammes } from '../public/queries'
import { callSettingsSchema, formFieldSchema } from '../recruitment/schema/call'
import { updateCallSettings } from '../recruitment/mutations/configure-call'
import { saveFormField } from '../recruitment/mutations/form-fields'
import { toKarachiLocal } from '../i18n/format'

afterEach(() => {
  vi.useRealTimers()
})

const DAY = 86_400_000

describe('the public call page, cached', () => {
  it('serves one copy until staff change the call, then the change at the next request', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const slug = cycle.programme.slug
    const first = await getPublicCall(slug)
    expect(await getPublicCall(slug)).toBe(first)

    await updateCallSettings(
      staff,
      callSettingsSchema.parse({
        cycleId: cycle.id,
        version: String(cycle.version),
        applicationsOpenAt: toKarachiLocal(new Date(Date.now() - DAY)),
        applicationsCloseAt: toKarachiLocal(new Date(Date.now() + 20 * DAY)),
        callDescription: 'Six seats with the National Institutes of Health.',
        reviewsPerApplication: '2',
      }),
    )
    const edited = await getPublicCall(slug)
    expect(edited.open?.callDescription).toBe('Six seats with the National Institutes of Health.')

    await saveFormField(
      staff,
      formFieldSchema.parse({
        cycleId: cycle.id,
        version: String((await (await getDb()).cycle.findUniqueOrThrow({ where: { id: cycle.id } })).version),
        key: 'homeDistrict',
        type: 'SHORT_TEXT',
        labelEn: 'Which district do you live in?',
        labelUr: 'آپ کس ضلع میں رہتے ہیں؟',
      }),
    )
    expect((await getPublicCall(slug)).open?.formFields.map((f) => f.labelEn)).toContain('Which district do you live in?')
  })

  it('shows a change made outside the app (a statement by hand) at the next request', async () => {
    const { cycle } = await makeOpenCall()
    const slug = cycle.programme.slug
    const before = await getPublicCall(slug)
    const programmes = await listPublicProgrammes()
    expect(programmes.map((p) => p.slug)).toContain(slug)

    const db = await getDb()
    await db.$executeRaw`UPDATE "Programme" SET name = 'TECH-NIH Fellowship (renamed)' WHERE id = ${cycle.programmeId}::uuid`
    expect((await getPublicCall(slug)).programme.name).toBe('TECH-NIH Fellowship (renamed)')
    expect(before.programme.name).not.toBe('TECH-NIH Fellowship (renamed)')
    expect((await listPublicProgrammes()).find((p) => p.slug === slug)?.name).toBe('TECH-NIH Fellowship (renamed)')

    await db.$executeRaw`UPDATE "Programme" SET "archivedAt" = now() WHERE id = ${cycle.programmeId}::uuid`
    await expect(getPublicCall(slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listOpenCalls()).map((c) => c.id)).not.toContain(cycle.id)
  })

  it('opens and closes the call on time, with no write in between', async () => {
    const { cycle } = await makeOpenCall({ opensInDays: 2, closesInDays: 4 })
    const slug = cycle.programme.slug
    const early = await getPublicCall(slug)
    expect(early.open).toBeNull()
    expect(early.upcoming?.id).toBe(cycle.id)
    expect((await listOpenCalls()).map((c) => c.id)).not.toContain(cycle.id)

    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 3 * DAY)
    expect((await getPublicCall(slug)).open?.id).toBe(cycle.id)
    expect((await listOpenCalls()).map((c) => c.id)).toContain(cycle.id)

    vi.setSystemTime(Date.now() + 2 * DAY)
    const late = await getPublicCall(slug)
    expect(late.open).toBeNull()
    expect(late.upcoming).toBeNull()
    expect((await listOpenCalls()).map((c) => c.id)).not.toContain(cycle.id)
  })

  it('keeps nothing that failed to load: a programme created under a missing slug appears', async () => {
    const slug = `later-${crypto.randomUUID().slice(0, 8)}`
    await expect(getPublicCall(slug)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await makeProgramme({ slug })
    expect((await getPublicCall(slug)).programme.slug).toBe(slug)
  })

  it('loads once for visitors who arrive together', async () => {
    const { cycle } = await makeOpenCall()
    const db = await getDb()
    // A change first, so no copy exists; then ten visitors at once share one load.
    await db.$executeRaw`UPDATE "Cycle" SET "callDescription" = 'Ten at once' WHERE id = ${cycle.id}::uuid`
    const pages = await Promise.all(Array.from({ length: 10 }, () => getPublicCall(cycle.programme.slug)))
    expect(new Set(pages).size).toBe(1)
    expect(pages[0].open?.callDescription).toBe('Ten at once')
  })
})
