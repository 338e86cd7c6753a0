// One batch of checked rows matched against the people already there and, unless it is a dry
// run, written in bulk (a few statements a batch, never a query per row). Matching: by email,
// else by CNIC; a row whose email and CNIC point at two different people is refused, and so is
// one that would touch a staff, reviewer or partner account. What exists is never duplicated:
// one account per person, one application per person and cycle, one fellowship per person and
// cycle; an existing person's blanks are filled, nothing they have is overwritten. So running
// the same file twice changes nothing the second time.
import { randomUUID } from 'node:crypto'
import { Prisma, type ImportKind, type Role } from '@prisma/client'
import type { Tx } from '../server/tx'
import { maskCnic } from '../person-search/terms'
import type { ImportValues, RowProblem } from './values'

export interface CheckedRow {
  row: number
  values: ImportValues
}

export interface BatchCounts {
  created: number
  updated: number
  skipped: number
}

export interface BatchTarget {
  kind: ImportKind
  cycle: { id: string; applicationsCloseAt: Date | null; startDate: Date | null; endDate: Date | null }
}

/** Names compared as people write them: case, spaces and full stops aside. */
const sameName = (name: string) =>
  name
    .toLowerCase()
    .replace(/[\s.]+/g, ' ')
    .trim()

interface Existing {
  id: string
  email: string
  name: string
  cnic: string | null
  phone: string | null
  gender: string | null
  district: string | null
  role: Role
}

const PEOPLE_ROLES: readonly Role[] = ['APPLICANT', 'FELLOW']

/** Plans a batch and, with `write`, writes it; returns the counts and the rows refused on matching. */
export async function runBatch(tx: Tx, target: BatchTarget, rows: CheckedRow[], write: boolean) {
  const { kind, cycle } = target
  const problems: RowProblem[] = []
  const counts: BatchCounts = { created: 0, updated: 0, skipped: 0 }
  if (!rows.length) return { counts, problems }
  const emails = rows.map((r) => r.values.email)
  const cnics = rows.flatMap((r) => (r.values.cnic ? [r.values.cnic] : []))
  // Emails are stored lower-cased (lib/validation email()), as the rows are: the unique index answers.
  const found: Existing[] = await tx.user.findMany({
    where: { OR: [{ email: { in: emails } }, ...(cnics.length ? [{ cnic: { in: cnics } }] : [])] },
    select: { id: true, email: true, name: true, cnic: true, phone: true, gender: true, district: true, role: true },
  })
  const byEmail = new Map(found.map((u) => [u.email.toLowerCase(), u]))
  const byCnic = new Map(found.flatMap((u) => (u.cnic ? [[u.cnic, u] as const] : [])))
  const ids = found.map((u) => u.id)
  const [apps, fellowships, profiles] = await Promise.all([
    kind === 'APPLICANTS'
      ? tx.application.findMany({ where: { cycleId: cycle.id, applicantId: { in: ids } }, select: { applicantId: true } })
      : [],
    kind !== 'APPLICANTS' ? tx.fellowship.findMany({ where: { cycleId: cycle.id, userId: { in: ids } }, select: { userId: true } }) : [],
    kind === 'ALUMNI' ? tx.alumniProfile.findMany({ where: { userId: { in: ids } }, select: { userId: true } }) : [],
  ])
  const hasApp = new Set(apps.map((a) => a.applicantId))
  const hasFellowship = new Set(fellowships.map((f) => f.userId))
  const hasProfile = new Set(profiles.map((p) => p.userId))

  const newUsers: Prisma.UserCreateManyInput[] = []
  const fills: {
    id: string
    phone: string | null
    cnic: string | null
    gender: string | null
    district: string | null
    fellow: boolean
  }[] = []
  const newApps: Prisma.ApplicationCreateManyInput[] = []
  const newFellowships: Prisma.FellowshipCreateManyInput[] = []
  const newProfiles: Prisma.AlumniProfileCreateManyInput[] = []
  const seen = new Set<string>()
  const submittedAt = cycle.applicationsCloseAt ?? cycle.startDate ?? new Date()
  // A CNIC in an error is kept masked, as everywhere a CNIC is shown (decision 027).
  const refuse = (row: number, field: 'email' | 'cnic', message: string, v: { email: string; cnic: string | null }) =>
    problems.push({ row, field, message: `imports.errors.${message}`, value: (field === 'cnic' ? maskCnic(v[field]) : v[field]) ?? '' })

  for (const { row, values: v } of rows) {
    const e = byEmail.get(v.email)
    const c = v.cnic ? byCnic.get(v.cnic) : undefined
    if (e && c && e.id !== c.id) {
      refuse(row, 'cnic', 'twoPeople', v)
      continue
    }
    const person = e ?? c
    // An applicant's CNIC is what they typed on a form: it cannot prove that a fellow or alumna
    // of this file is them, so such a row needs that account's email (or a corrected CNIC).
    // Even for past applications, a match by an applicant's CNIC alone also needs the same name:
    // otherwise someone who typed another person's CNIC would see that person's history.
    if (!e && c && c.role === 'APPLICANT' && (kind !== 'APPLICANTS' || sameName(c.name) !== sameName(v.name))) {
      refuse(row, 'cnic', 'cnicOnApplicant', v)
      continue
    }
    if (person && !PEOPLE_ROLES.includes(person.role)) {
      refuse(row, 'email', 'notAPersonAccount', v)
      continue
    }
    if (person && e && v.cnic && e.cnic && e.cnic !== v.cnic) {
      refuse(row, 'cnic', 'cnicDiffers', v)
      continue
    }
    const id = person?.id ?? randomUUID()
    // The same person twice in one batch (the whole-file check names it; a browser chunk may not).
    if (seen.has(id) || (!person && seen.has(v.email))) {
      refuse(row, 'email', 'duplicateInFile', v)
      continue
    }
    seen.add(id)
    seen.add(v.email)
    const becomesFellow = kind !== 'APPLICANTS'
    let changed = false
    if (!person) {
      newUsers.push({
        id,
        email: v.email,
        name: v.name,
        role: becomesFellow ? 'FELLOW' : 'APPLICANT',
        phone: v.phone,
        cnic: v.cnic,
        gender: v.gender,
        district: v.district,
      })
      if (v.cnic)
        byCnic.set(v.cnic, {
          id,
          email: v.email,
          name: v.name,
          cnic: v.cnic,
          phone: null,
          gender: null,
          district: null,
          role: becomesFellow ? 'FELLOW' : 'APPLICANT',
        })
    } else {
      const fill = {
        id,
        phone: person.phone ? null : v.phone,
        cnic: person.cnic ? null : v.cnic,
        gender: person.gender ? null : v.gender,
        district: person.district ? null : v.district,
        fellow: becomesFellow && person.role === 'APPLICANT',
      }
      if (fill.phone || fill.cnic || fill.gender || fill.district || fill.fellow) {
        fills.push(fill)
        changed = true
      }
    }
    if (kind === 'APPLICANTS' && !hasApp.has(id)) {
      const answers = Object.fromEntries(
        Object.entries({ fullName: v.name, cnic: v.cnic, phone: v.phone, gender: v.gender, district: v.district }).filter(([, x]) => x),
      )
      newApps.push({
        id: randomUUID(),
        cycleId: cycle.id,
        applicantId: id,
        stage: v.stage!,
        answers,
        gender: v.gender,
        district: v.district,
        submittedAt,
        decidedAt: ['ACCEPTED', 'DECLINED', 'REJECTED', 'WITHDRAWN'].includes(v.stage!) ? submittedAt : null,
      })
      changed = true
    }
    if (kind !== 'APPLICANTS' && !hasFellowship.has(id)) {
      const ended = v.status !== 'ACTIVE'
      newFellowships.push({
        userId: id,
        cycleId: cycle.id,
        status: v.status!,
        startedAt: cycle.startDate,
        endedAt: ended ? cycle.endDate : null,
      })
      changed = true
    }
    if (kind === 'ALUMNI' && !hasProfile.has(id) && (v.currentRole || v.organisation)) {
      newProfiles.push({ userId: id, currentRole: v.currentRole, organisation: v.organisation })
      changed = true
    }
    if (!person) counts.created++
    else if (changed) counts.updated++
    else counts.skipped++
  }

  if (write) {
    if (newUsers.length) await tx.user.createMany({ data: newUsers })
    if (fills.length) {
      await tx.$executeRaw`
        UPDATE "User" u SET
          "phone" = coalesce(u."phone", v.phone),
          "cnic" = coalesce(u."cnic", v.cnic),
          "gender" = coalesce(u."gender", v.gender::"Gender"),
          "district" = coalesce(u."district", v.district),
          "role" = CASE WHEN v.fellow THEN 'FELLOW'::"Role" ELSE u."role" END,
          "sessionVersion" = u."sessionVersion" + CASE WHEN v.fellow THEN 1 ELSE 0 END,
          "version" = u."version" + 1,
          "updatedAt" = now()
        FROM unnest(${fills.map((f) => f.id)}::uuid[], ${fills.map((f) => f.phone)}::text[], ${fills.map((f) => f.cnic)}::text[],
                    ${fills.map((f) => f.gender)}::text[], ${fills.map((f) => f.district)}::text[], ${fills.map((f) => f.fellow)}::boolean[])
          AS v(id, phone, cnic, gender, district, fellow)
        WHERE u."id" = v.id`
    }
    if (newApps.length) await tx.application.createMany({ data: newApps })
    if (newFellowships.length) await tx.fellowship.createMany({ data: newFellowships })
    if (newProfiles.length) await tx.alumniProfile.createMany({ data: newProfiles })
  }
  return { counts, problems }
}
