import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makeFellowIn, makePartnerIn, makePlacingCycle, makeProject, rank, setWindow } from '../../tests/support/factories-placement'
import { saveFellowPreferences, savePartnerPreferences } from './mutations/save-preferences'
import { previewPlacementMail, remindUnranked, sendPlacementMail, setPreferenceWindow } from './mutations/preference-window'
import { getPreferenceBoard } from './queries/fellow'
import { listOfferedFellows } from './queries/partner'
import { getPlacementOverview } from './queries/staff'
import { fellowPreferencesSchema, partnerPreferencesSchema } from './schema'

describe('a fellow ranks projects', () => {
  it('sees only approved projects of their cycle and saves a ranking with reasons', async () => {
    const { cycle, dept } = await makePlacingCycle()
    const a = await makeProject(cycle.id, dept.id, { title: 'A' })
    const b = await makeProject(cycle.id, dept.id, { title: 'B' })
    await makeProject(cycle.id, dept.id, { title: 'Still a draft', status: 'DRAFT' })
    const { viewer, fellowship } = await makeFellowIn(cycle.id)
    const board = await getPreferenceBoard(viewer)
    expect(board!.projects.map((p) => p.title)).toEqual(['A', 'B'])

    // Ranks 1 and 3 with no 2: kept in order, renumbered without the gap.
    const parsed = fellowPreferencesSchema.parse({
      fellowshipId: fellowship.id,
      [`rank_${b.id}`]: '1',
      [`reason_${b.id}`]: 'Close to home',
      [`rank_${a.id}`]: '3',
      [`reason_${a.id}`]: '',
    })
    await saveFellowPreferences(viewer, parsed)
    const after = await getPreferenceBoard(viewer)
    expect(after!.preferences).toEqual([
      { projectId: b.id, rank: 1, reason: 'Close to home' },
      { projectId: a.id, rank: 2, reason: null },
    ])
  })

  it('a rank used twice is refused beside both fields and nothing is saved', async () => {
    const { cycle, dept } = await makePlacingCycle()
    const a = await makeProject(cycle.id, dept.id)
    const b = await makeProject(cycle.id, dept.id)
    const { viewer, fellowship } = await makeFellowIn(cycle.id)
    const parsed = fellowPreferencesSchema.safeParse({ fellowshipId: fellowship.id, [`rank_${a.id}`]: '1', [`rank_${b.id}`]: '1' })
    expect(parsed.success).toBe(false)
    expect(parsed.error!.issues.map((i) => [i.path[0], i.message]).sort()).toEqual(
      [
        [`rank_${a.id}`, 'errors.rankUsedTwice'],
        [`rank_${b.id}`, 'errors.rankUsedTwice'],
      ].sort(),
    )
    // The domain checks too, for callers that skip the form.
    const twice = {
      fellowshipId: fellowship.id,
      choices: [
        { projectId: a.id, rank: 1 },
        { projectId: b.id, rank: 1 },
      ],
    }
    await expect(saveFellowPreferences(viewer, twice)).rejects.toMatchObject({ messageKey: 'errors.rankUsedTwice' })
    const db = await getDb()
    expect(await db.fellowPreference.count({ where: { fellowshipId: fellowship.id } })).toBe(0)
  })

  it('a closed or not yet open window is refused with a clear message, keeping the earlier ranking', async () => {
    const { cycle, dept } = await makePlacingCycle()
    const a = await makeProject(cycle.id, dept.id)
    const b = await makeProject(cycle.id, dept.id)
    const { viewer, fellowship } = await makeFellowIn(cycle.id)
    await saveFellowPreferences(viewer, { fellowshipId: fellowship.id, choices: [{ projectId: a.id, rank: 1 }] })
    await setWindow(cycle.id, 'closed')
    const change = { fellowshipId: fellowship.id, choices: [{ projectId: b.id, rank: 1 }] }
    await expect(saveFellowPreferences(viewer, change)).rejects.toMatchObject({
      code: 'CLOSED',
      messageKey: 'placement.errors.windowClosed',
    })
    await setWindow(cycle.id, 'upcoming')
    await expect(saveFellowPreferences(viewer, change)).rejects.toMatchObject({ messageKey: 'placement.errors.windowNotOpenYet' })
    expect((await getPreferenceBoard(viewer))!.preferences.map((p) => p.projectId)).toEqual([a.id])
  })

  it('another fellow’s fellowship, or a project of another cycle, is not found', async () => {
    const { cycle, dept } = await makePlacingCycle()
    const other = await makePlacingCycle()
    const a = await makeProject(cycle.id, dept.id)
    const elsewhere = await makeProject(other.cycle.id, other.dept.id)
    const me = await makeFellowIn(cycle.id)
    const them = await makeFellowIn(cycle.id)
    await expect(
      saveFellowPreferences(me.viewer, { fellowshipId: them.fellowship.id, choices: [{ projectId: a.id, rank: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      saveFellowPreferences(me.viewer, {
        fellowshipId: me.fellowship.id,
        choices: [{ projectId: elsewhere.id, rank: 1, field: `rank_${elsewhere.id}` }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', fieldErrors: { [`rank_${elsewhere.id}`]: 'errors.notFound' } })
  })
})

describe('a department answers the fellows who ranked its project', () => {
  it('sees only fellows who ranked this project, ranks one and declines another', async () => {
    const { cycle, dept, partner } = await makePlacingCycle()
    const p = await makeProject(cycle.id, dept.id)
    const q = await makeProject(cycle.id, dept.id)
    const ali = await makeFellowIn(cycle.id, 'Ali')
    const sana = await makeFellowIn(cycle.id, 'Sana')
    const other = await makeFellowIn(cycle.id, 'Only ranked Q')
    await rank(ali.fellowship.id, [p.id])
    await rank(sana.fellowship.id, [q.id, p.id])
    await rank(other.fellowship.id, [q.id])
    expect((await listOfferedFellows(partner, p.id)).map((f) => [f.name, f.fellowRank])).toEqual([
      ['Ali', 1],
      ['Sana', 2],
    ])

    const parsed = partnerPreferencesSchema.parse({
      projectId: p.id,
      [`pref_${ali.fellowship.id}`]: '1',
      [`pref_${sana.fellowship.id}`]: 'unacceptable',
    })
    await savePartnerPreferences(partner, parsed)
    expect((await listOfferedFellows(partner, p.id)).map((f) => f.answer)).toEqual(['1', 'unacceptable'])
    // A fellow who did not rank this project cannot be answered for.
    await expect(
      savePartnerPreferences(partner, { projectId: p.id, entries: [{ fellowshipId: other.fellowship.id, choice: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('another department’s project is not found; a project not yet approved is closed', async () => {
    const { cycle, dept, partner } = await makePlacingCycle()
    const rival = await makePartnerIn(cycle.id)
    const theirs = await makeProject(cycle.id, rival.dept.id)
    const draft = await makeProject(cycle.id, dept.id, { status: 'PROPOSED' })
    await expect(listOfferedFellows(partner, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(savePartnerPreferences(partner, { projectId: theirs.id, entries: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(savePartnerPreferences(partner, { projectId: draft.id, entries: [] })).rejects.toMatchObject({ code: 'CLOSED' })
  })
})

describe('staff run the preference window', () => {
  it('set the window, email the fellows to place, and see and remind who has not ranked', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle, dept } = await makePlacingCycle()
    const p = await makeProject(cycle.id, dept.id)
    const ranked = await makeFellowIn(cycle.id, 'Has ranked')
    const lazy = await makeFellowIn(cycle.id, 'Not yet')
    await rank(ranked.fellowship.id, [p.id])
    const db = await getDb()
    const c = await db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })
    const opensAt = new Date(Date.now() - 3600_000)
    const closesAt = new Date(Date.now() + 7 * 86_400_000)
    const mailBefore = await db.notification.count({ where: { kind: 'placement.window' } })
    // Saving the window emails nobody: staff first see who would be told, then confirm.
    expect(await setPreferenceWindow(staff, { cycleId: cycle.id, version: c.version, opensAt, closesAt, notifyFellows: true })).toEqual({
      announce: true,
    })
    expect(await db.notification.count({ where: { kind: 'placement.window' } })).toBe(mailBefore)
    const listed = await previewPlacementMail(staff, cycle.id, 'announce')
    expect(listed.map((f) => f.name).sort()).toEqual(['Has ranked', 'Not yet'])
    // Only the fellows confirmed are emailed, even if others are still to place.
    const only = listed.filter((f) => f.name === 'Not yet').map((f) => f.fellowshipId)
    expect(await sendPlacementMail(staff, { cycleId: cycle.id, kind: 'announce', fellowshipIds: only })).toEqual({ sent: 1 })
    expect(
      (
        await db.notification.findMany({
          where: { kind: 'placement.window', toEmail: { in: [ranked.user.email, lazy.user.email] } },
          select: { toEmail: true },
        })
      ).map((n) => n.toEmail),
    ).toEqual([lazy.user.email])

    const overview = await getPlacementOverview(staff, cycle.id)
    expect(overview.notRanked.map((f) => f.user.name)).toEqual(['Not yet'])
    expect(overview.fellows).toMatchObject({ active: 2, placed: 0, toPlace: 2, ranked: 1 })
    expect((await previewPlacementMail(staff, cycle.id, 'remind')).map((f) => f.name)).toEqual(['Not yet'])
    // A fellow who has ranked is never reminded, even when named in a crafted form.
    expect(await sendPlacementMail(staff, { cycleId: cycle.id, kind: 'remind', fellowshipIds: [ranked.fellowship.id] })).toEqual({
      sent: 0,
    })
    expect(await remindUnranked(staff, cycle.id)).toEqual({ reminded: 1 })
    const reminder = await db.notification.findFirstOrThrow({ where: { kind: 'placement.remind' } })
    expect(reminder.toEmail).toBe(lazy.user.email)

    await expect(
      setPreferenceWindow(staff, { cycleId: cycle.id, version: c.version, opensAt, closesAt, notifyFellows: false }),
    ).rejects.toMatchObject({ code: 'STALE' })
    await setWindow(cycle.id, 'closed')
    await expect(remindUnranked(staff, cycle.id)).rejects.toMatchObject({ code: 'CLOSED' })
    await expect(previewPlacementMail(staff, cycle.id, 'remind')).rejects.toMatchObject({ code: 'CLOSED' })
  })
})
