// Importing from a spreadsheet on a real database: the preview names each bad row's errors,
// the dry run writes no person, the import is idempotent (the same file twice changes nothing),
// a person whose email changed is found by CNIC, two people behind one row are refused, the
// browser's chunks are checked again and belong to whoever started the run, and 10,000 rows go
// in (batches of 1,000, each one transaction) with every row accounted for.
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb } from '../server/db'
import { makeCycle, makeUser, makeViewer } from '../../tests/support/factories'
import { importChunk, importFile, previewImport, startImport } from './mutations'
import { guessMapping } from './columns'
import { parseCsv } from './parse'
import { importChunkSchema } from './schema'

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')
const HEAD = ['Full Name', 'Email Address', 'CNIC', 'Mobile', 'District', 'Gender', 'Outcome']
const uniq = () => randomUUID().slice(0, 8)
const cnicOf = (n: number) => {
  const d = String(n).padStart(13, '0')
  return `${d.slice(0, 5)}-${d.slice(5, 12)}-${d.slice(12)}`
}
let cnicSeq = Math.floor(Math.random() * 1e9) * 1000

describe('reading a CSV', () => {
  it('strips the byte-order mark, reads CRLF, quoted commas and Urdu, and guesses the columns', () => {
    const p = parseCsv(
      '\uFEFFFull Name,Email Address,Mobile,Current role\r\n"Khan, Ayesha",a@x.pk,0300-1234567,"Analyst, P&D"\r\nعائشہ خان,b@x.pk,,\r\n\r\n',
    )
    expect(p).toMatchObject({ ok: true, headers: ['Full Name', 'Email Address', 'Mobile', 'Current role'] })
    if (!p.ok) return
    expect(p.rows).toEqual([
      ['Khan, Ayesha', 'a@x.pk', '0300-1234567', 'Analyst, P&D'],
      ['عائشہ خان', 'b@x.pk', '', ''],
    ])
    expect(guessMapping('ALUMNI', p.headers)).toEqual({ name: 0, email: 1, phone: 2, currentRole: 3 })
    expect(parseCsv('Name,Email\r\n')).toEqual({ ok: false, error: 'empty' })
    expect(parseCsv('Name,Email\nA\u0000li,a@x.pk')).toMatchObject({ ok: true, rows: [['Ali', 'a@x.pk']] })
  })
})

describe('importing applicants', () => {
  it('previews each bad row with its errors, writes nobody on the dry run, then imports once', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const t = uniq()
    const rows = [
      ['Ayesha Khan', `ayesha-${t}@example.pk`, cnicOf(++cnicSeq), '0300 1234567', 'Swat', 'Female', 'Not selected'],
      ['Bilal', `not-an-email-${t}`, '12345', 'call me', 'Lahore', 'x', 'maybe'],
      ['عائشہ بی بی', `bibi-${t}@example.pk`, '', '', 'سوات', 'خاتون', 'Selected'],
      ['Ayesha again', `AYESHA-${t}@example.pk`, '', '', '', '', ''],
    ]
    const text = csv([HEAD, ...rows])
    const before = await db.user.count()
    const p = await previewImport(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'cycle6.csv', text })
    expect(p.counts).toEqual({ created: 2, updated: 0, skipped: 0, errors: 2 })
    expect(p.bad.map((b) => [b.row, b.problems.map((x) => `${x.field}:${x.message.replace('imports.errors.', '')}`)])).toEqual([
      [3, ['email:email', 'cnic:cnic', 'phone:phone', 'gender:gender', 'district:district', 'outcome:outcome']],
      [5, ['email:duplicateInFile']],
    ])
    expect(await db.user.count()).toBe(before)
    expect(await db.application.count({ where: { cycleId: cycle.id } })).toBe(0)
    expect((await db.importRun.findUniqueOrThrow({ where: { id: p.runId } })).status).toBe('PREVIEWED')

    const r = await importFile(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'cycle6.csv', text })
    expect([r.created, r.updated, r.skipped, r.errors]).toEqual([2, 0, 0, 2])
    const apps = await db.application.findMany({
      where: { cycleId: cycle.id },
      select: { stage: true, district: true, applicant: { select: { name: true, cnic: true, phone: true, role: true } } },
    })
    expect(apps.map((a) => [a.applicant.name, a.stage, a.district, a.applicant.role]).sort()).toEqual([
      ['Ayesha Khan', 'REJECTED', 'Swat', 'APPLICANT'],
      ['عائشہ بی بی', 'ACCEPTED', 'Swat', 'APPLICANT'],
    ])
    expect(apps.find((a) => a.applicant.name === 'Ayesha Khan')?.applicant.phone).toBe('0300-1234567')
    const run = await db.importRun.findUniqueOrThrow({ where: { id: r.runId } })
    expect(run).toMatchObject({ status: 'DONE', processedRows: 4, createdCount: 2, errorCount: 2 })
    expect(await db.auditLog.count({ where: { action: 'import.run', entityId: r.runId } })).toBe(1)

    // The same file again: nothing changes.
    const users = await db.user.count()
    const again = await importFile(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'cycle6.csv', text })
    expect([again.created, again.updated, again.skipped]).toEqual([0, 0, 2])
    expect(await db.user.count()).toBe(users)
    expect(await db.application.count({ where: { cycleId: cycle.id } })).toBe(2)
  })

  it('finds a person by CNIC when the email changed, fills their blanks, and refuses a row naming two people', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const cnic = cnicOf(++cnicSeq)
    const old = await makeUser('APPLICANT', { name: 'Sana Gul' })
    await db.user.update({ where: { id: old.id }, data: { cnic } })
    const other = await makeUser('APPLICANT')
    const staffer = await makeUser('STAFF')
    const text = csv([
      HEAD,
      ['Sana Gul', `sana.new-${uniq()}@example.pk`, cnic, '0345-7654321', 'Mardan', 'F', 'Interviewed'],
      ['Mixed', other.email, cnicOf(++cnicSeq), '', '', '', ''],
      ['Mixed two', `x-${uniq()}@example.pk`, cnic, '', '', '', ''],
      ['Staff', staffer.email, '', '', '', '', ''],
    ])
    // Row 4 names Sana's CNIC under another email: the same person twice in the file.
    const r = await importFile(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'f.csv', text })
    expect([r.created, r.updated, r.errors]).toEqual([0, 2, 2])
    const sana = await db.user.findUniqueOrThrow({ where: { id: old.id } })
    expect([sana.email, sana.phone, sana.district, sana.gender]).toEqual([old.email, '0345-7654321', 'Mardan', 'FEMALE'])
    expect(await db.application.count({ where: { cycleId: cycle.id, applicantId: old.id, stage: 'INTERVIEW' } })).toBe(1)
    const run = await db.importRun.findUniqueOrThrow({ where: { id: r.runId } })
    expect((run.errors as { row: number; message: string }[]).map((e) => [e.row, e.message])).toEqual([
      [4, 'imports.errors.duplicateInFile'],
      [5, 'imports.errors.notAPersonAccount'],
    ])
    const twoPeople = csv([HEAD, ['Mixed', other.email, cnic, '', '', '', '']])
    const p = await previewImport(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'g.csv', text: twoPeople })
    expect(p.bad[0].problems.map((x) => x.message)).toEqual(['imports.errors.twoPeople'])
    // The CNIC in a refused row is kept masked, as everywhere else.
    expect(p.bad[0].problems[0].value).toBe(`${cnic.slice(0, 5)}-*******-${cnic.slice(-1)}`)
  })

  it('never makes an applicant a fellow because of a CNIC they typed: such a row needs their email', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const cnic = cnicOf(++cnicSeq)
    const claimant = await makeUser('APPLICANT')
    await db.user.update({ where: { id: claimant.id }, data: { cnic } })
    const text = csv([
      ['Name', 'Email', 'CNIC', 'Status'],
      ['Real Fellow', `real-${uniq()}@example.pk`, cnic, 'Completed'],
    ])
    const r = await importFile(staff, { kind: 'FELLOWS', cycleId: cycle.id, fileName: 'fellows.csv', text })
    expect([r.created, r.updated, r.errors]).toEqual([0, 0, 1])
    const u = await db.user.findUniqueOrThrow({ where: { id: claimant.id }, select: { role: true, fellowships: true } })
    expect([u.role, u.fellowships.length]).toEqual(['APPLICANT', 0])
    // Nor does a past application under another name land on that account (she would see it).
    const past = await importFile(staff, {
      kind: 'APPLICANTS',
      cycleId: cycle.id,
      fileName: 'applicants.csv',
      text: csv([HEAD, ['Real Applicant', `real-${uniq()}@example.pk`, cnic, '', '', '', 'Not selected']]),
    })
    expect([past.created, past.updated, past.errors]).toEqual([0, 0, 1])
    expect(await db.application.count({ where: { applicantId: claimant.id } })).toBe(0)
  })
})

describe('fellows, alumni and the browser’s chunks', () => {
  it('makes an applicant a fellow (a new session), records alumni with their role, and never a second fellowship', async () => {
    const db = await getDb()
    const staff = await makeViewer('ADMIN')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const applicant = await makeUser('APPLICANT')
    const text = csv([
      ['Name', 'Email', 'Current role', 'Organisation'],
      [applicant.name, applicant.email, 'Data lead', 'KP IT Board'],
      ['New Alumna', `alumna-${uniq()}@example.pk`, '', ''],
    ])
    const r = await importFile(staff, { kind: 'ALUMNI', cycleId: cycle.id, fileName: 'alumni.csv', text })
    expect([r.created, r.updated]).toEqual([1, 1])
    const u = await db.user.findUniqueOrThrow({ where: { id: applicant.id }, include: { alumniProfile: true, fellowships: true } })
    expect([u.role, u.sessionVersion, u.alumniProfile?.currentRole, u.fellowships.map((f) => f.status)]).toEqual([
      'FELLOW',
      1,
      'Data lead',
      ['COMPLETED'],
    ])
    const again = await importFile(staff, {
      kind: 'FELLOWS',
      cycleId: cycle.id,
      fileName: 'fellows.csv',
      text: csv([
        ['Name', 'Email', 'Status'],
        [applicant.name, applicant.email, 'Active'],
      ]),
    })
    expect([again.created, again.updated, again.skipped]).toEqual([0, 0, 1])
    expect(await db.fellowship.count({ where: { userId: applicant.id } })).toBe(1)
  })

  it('checks every chunk again, keeps a run to whoever started it, and is staff only', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const t = uniq()
    const runId = await startImport(
      staff,
      { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'x.csv', fileSha256: 'a'.repeat(64), totalRows: 2 },
      { name: 0, email: 1, outcome: 2 },
    )
    const other = await makeViewer('STAFF')
    await expect(importChunk(other, { runId, firstRow: 2, rows: [['A', `a-${t}@x.pk`, 'rejected']] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    // A NUL inside the browser's JSON is dropped, as when the server reads a file.
    const parsed = importChunkSchema.parse({ runId, firstRow: '2', rows: JSON.stringify([['A\u0000', `a-${t}@x.pk`, 'rejected']]) })
    expect(parsed.rows).toEqual([['A', `a-${t}@x.pk`, 'rejected']])
    const first = await importChunk(staff, parsed)
    expect(first).toMatchObject({ done: false, processedRows: 1, created: 1 })
    const last = await importChunk(staff, { runId, firstRow: 3, rows: [['B', 'bad email', 'rejected']] })
    expect(last).toMatchObject({ done: true, processedRows: 2, created: 1, errors: 1 })
    await expect(importChunk(staff, { runId, firstRow: 4, rows: [['C', `c-${t}@x.pk`, '']] })).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await db.application.count({ where: { cycleId: cycle.id } })).toBe(1)
    for (const role of ['REVIEWER', 'PARTNER', 'FELLOW', 'APPLICANT'] as const) {
      const v = await makeViewer(role)
      await expect(
        previewImport(v, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'x.csv', text: 'Name,Email\nA,a@x.pk' }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    }
  })

  it('imports 10,000 rows in batches, every row accounted for, and finds nothing to do the second time', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const t = uniq()
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Person ${i} ${t}`,
      `p${i}-${t}@example.pk`,
      i % 100 === 0 ? 'bad' : cnicOf(++cnicSeq),
      `0300${String(1000000 + i)}`,
      'Peshawar',
      i % 2 ? 'Male' : 'Female',
      i % 3 ? 'Rejected' : 'Selected',
    ])
    const text = csv([HEAD, ...rows])
    const r = await importFile(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'big.csv', text })
    expect([r.created, r.errors]).toEqual([9_900, 100])
    expect(await db.application.count({ where: { cycleId: cycle.id } })).toBe(9_900)
    const again = await importFile(staff, { kind: 'APPLICANTS', cycleId: cycle.id, fileName: 'big.csv', text })
    expect([again.created, again.updated, again.skipped, again.errors]).toEqual([0, 0, 9_900, 100])
  }, 120_000)
})
