// Certificates of completion in KP cycle 7: three fellows (of the Local Government and Excise
// departments' projects, which no other browser walk uses) finished early and were issued theirs
// against the conditions, with the reason; one was revoked.
// Their fellowships are COMPLETED (they count among the alumni). The demo fellow's fellowship
// stays ACTIVE (the other walks write her updates and evaluations), so she has none yet.
// Codes are derived from the seed key: demo data is public anyway; issued ones are random.
import { sha256Hex } from '../../lib/hash'
import { CODE_ALPHABET, CODE_LENGTH } from '../../lib/certificates/code'
import { at, sid, type IdOf, type SeedContext } from './helpers'
import { demo } from './people'
import type { FellowshipIdOf } from './placement'

const SPECS = [
  {
    email: 'kamran.shah@mail.example',
    issuedAt: at('2022-09-05T06:00:00Z'),
    ended: at('2022-08-31T12:00:00Z'),
    overrideReason: 'Tracker live in all 24 union councils of Peshawar since August; the Secretary signed the handover outside Daftar.',
  },
  {
    email: 'yasmeen.mohmand@mail.example',
    issuedAt: at('2022-09-05T06:05:00Z'),
    ended: at('2022-08-31T12:00:00Z'),
    overrideReason:
      'Registration pilot handed over to NADRA liaison on 30 August; its last two reports were reviewed with the Director in person.',
  },
  {
    email: 'sherali.shinwari@mail.example',
    issuedAt: at('2022-09-12T06:00:00Z'),
    ended: at('2022-09-09T12:00:00Z'),
    overrideReason: 'Final deliverable accepted by the Excise Secretary in the handover meeting; sign-off pending in the system.',
    revoked: {
      at: at('2022-10-03T09:30:00Z'),
      reason: 'The handover sign-off was not given: the department asked for the final report again.',
    },
  },
]

const codeOf = (key: string) => {
  const h = sha256Hex(`daftar-seed-certificate:${key}`)
  return Array.from({ length: CODE_LENGTH }, (_, i) => CODE_ALPHABET[parseInt(h.slice(i * 2, i * 2 + 2), 16) & 31]).join('')
}
const pkDay = (d: Date) => new Date(`${d.toISOString().slice(0, 10)}T00:00:00.000Z`)

export async function seedCertificates({ prisma, count }: SeedContext, cid: IdOf, uid: IdOf, fid: FellowshipIdOf) {
  const cycleId = cid('kp-7')
  const staffId = uid(demo('STAFF').email)
  if (!cycleId || !staffId) return
  const cycle = await prisma.cycle.findUniqueOrThrow({
    where: { id: cycleId },
    select: { name: true, nameUr: true, startDate: true, programme: { select: { name: true, nameUr: true } } },
  })
  let added = 0
  for (const s of SPECS) {
    const fellowshipId = fid(s.email, 'kp-7')
    if (!fellowshipId) continue
    const id = sid('certificate', s.email, 'kp-7')
    // Written once: a second run, or staff's changes since, are left alone.
    if (await prisma.certificate.findFirst({ where: { OR: [{ id }, { fellowshipId }] }, select: { id: true } })) continue
    const f = await prisma.fellowship.findUniqueOrThrow({
      where: { id: fellowshipId },
      select: { status: true, startedAt: true, user: { select: { name: true } } },
    })
    if (f.status === 'WITHDRAWN' || f.status === 'TERMINATED') continue
    await prisma.$transaction([
      prisma.certificate.create({
        data: {
          id,
          fellowshipId,
          code: codeOf(s.email),
          recipientName: f.user.name,
          programmeName: cycle.programme.name,
          programmeNameUr: cycle.programme.nameUr,
          cycleName: cycle.name,
          cycleNameUr: cycle.nameUr,
          startDate: pkDay(f.startedAt ?? cycle.startDate ?? s.ended),
          endDate: pkDay(s.ended),
          overrideReason: s.overrideReason ?? null,
          issuedById: staffId,
          issuedAt: s.issuedAt,
          revokedAt: s.revoked?.at ?? null,
          revokedById: s.revoked ? staffId : null,
          revokeReason: s.revoked?.reason ?? null,
          version: s.revoked ? 1 : 0,
        },
      }),
      prisma.fellowship.updateMany({
        where: { id: fellowshipId, status: 'ACTIVE' },
        data: { status: 'COMPLETED', endedAt: s.ended, version: { increment: 1 } },
      }),
    ])
    added++
  }
  count('Certificate', added)
}
