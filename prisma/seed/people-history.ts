// Demo seed of the person search and the spreadsheet import (issue 16): Mehwish Afridi applied
// to KP cycle 6 and was not selected, applied again to cycle 7, became a fellow and is now an
// alumna (what staff see on her history page), and one finished import of cycle 6's applicant
// spreadsheet with the rows it refused. Idempotent: fixed ids, nothing written twice.
import type { Prisma } from '@prisma/client'
import { demo } from './people'
import { at, sid, type SeedContext } from './helpers'

export async function seedPeopleHistory(
  ctx: SeedContext,
  cid: (key: string) => string | undefined,
  uid: (email: string) => string | undefined,
) {
  const { prisma, count } = ctx
  const c6 = cid('kp-6')
  const c7 = cid('kp-7')
  const staffId = uid(demo('STAFF').email)
  if (!c6 || !c7 || !staffId) return
  const userId = sid('people-history', 'mehwish')
  if (!(await prisma.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    await prisma.user.create({
      data: {
        id: userId,
        email: 'mehwish.afridi@example.pk',
        name: 'Mehwish Afridi',
        role: 'FELLOW',
        phone: '0333-9182736',
        cnic: '17301-4455667-8',
        gender: 'FEMALE',
        district: 'Khyber',
        emailVerifiedAt: at('2020-09-01T05:00:00Z'),
      },
    })
    const answers = (year: number) => ({
      fullName: 'Mehwish Afridi',
      gender: 'FEMALE',
      district: 'Khyber',
      cnic: '17301-4455667-8',
      motivation:
        year === 2020
          ? 'I want to bring what I learned building my university’s timetable system to the district administration.'
          : 'Since last year I have digitised the Landi Kotal tehsil office’s land-record requests; I want to do this at the province’s scale.',
    })
    await prisma.application.createMany({
      data: [
        {
          id: sid('people-history', 'app-c6'),
          cycleId: c6,
          applicantId: userId,
          stage: 'REJECTED',
          answers: answers(2020),
          gender: 'FEMALE',
          district: 'Khyber',
          eligibility: 'ELIGIBLE',
          submittedAt: at('2020-08-20T09:30:00Z'),
          decidedAt: at('2020-09-15T07:00:00Z'),
        },
        {
          id: sid('people-history', 'app-c7'),
          cycleId: c7,
          applicantId: userId,
          stage: 'ACCEPTED',
          answers: answers(2021),
          gender: 'FEMALE',
          district: 'Khyber',
          eligibility: 'ELIGIBLE',
          submittedAt: at('2021-08-18T11:10:00Z'),
          decidedAt: at('2021-09-20T07:00:00Z'),
        },
      ],
    })
    await prisma.fellowship.create({
      data: {
        id: sid('people-history', 'fellowship-c7'),
        userId,
        cycleId: c7,
        applicationId: sid('people-history', 'app-c7'),
        status: 'COMPLETED',
        startedAt: at('2021-10-04T04:00:00Z'),
        endedAt: at('2022-09-30T12:00:00Z'),
      },
    })
    await prisma.alumniProfile.create({
      data: {
        userId,
        currentRole: 'Data and digital services lead',
        organisation: 'Khyber Pakhtunkhwa Information Technology Board',
        sector: 'Government',
        nextStep: 'Mentoring the women’s internship cohort',
      },
    })
    count('User (re-applied after rejection)', 1)
  }

  const runId = sid('people-history', 'import-c6')
  if (!(await prisma.importRun.findUnique({ where: { id: runId }, select: { id: true } }))) {
    const errors = [
      { row: 14, field: 'cnic', message: 'imports.errors.cnic', value: '17301-44556' },
      { row: 52, field: 'email', message: 'imports.errors.duplicateInFile', value: 'sadia.k@example.pk' },
      { row: 203, field: 'district', message: 'imports.errors.district', value: 'Islamabad' },
    ]
    await prisma.importRun.create({
      data: {
        id: runId,
        kind: 'APPLICANTS',
        cycleId: c6,
        fileName: 'KP cycle 6 applicants 2020.csv',
        fileSha256: 'b3f1c2d4e5a697887766554433221100ffeeddccbbaa99887766554433221100',
        mapping: { name: 0, email: 1, cnic: 2, phone: 3, district: 4, gender: 5, outcome: 6 },
        status: 'DONE',
        totalRows: 412,
        processedRows: 412,
        createdCount: 371,
        updatedCount: 38,
        skippedCount: 0,
        errorCount: errors.length,
        errors: errors as Prisma.InputJsonValue,
        startedById: staffId,
        createdAt: at('2026-11-28T06:40:00Z'),
        finishedAt: at('2026-11-28T06:40:04Z'),
      },
    })
    count('ImportRun', 1)
  }
}
