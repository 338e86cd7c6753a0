// Who the fellows of each seeded cycle are and which project seat each holds (no database).
import * as D from './data'
import { at, day, rngFor, type Rng } from './helpers'

export interface Member {
  email: string
  name: string
  project: D.ProjectSeed
  /** Position among the fellows on the same project. */
  seatIndex: number
  rank: number
}

export interface Cohort {
  cycleKey: string
  status: 'ACTIVE' | 'COMPLETED'
  start: Date
  end: Date
  publishedAt: Date
  members: Member[]
}

/** Fills each project's seats in order with the given people. */
function assign(r: Rng, people: Named[], projects: D.ProjectSeed[], ranks = false): Member[] {
  const members: Member[] = []
  let i = 0
  for (const project of projects)
    for (let s = 0; s < project.seats; s++) {
      const p = people[i++]
      const roll = r()
      const rank = !ranks || i === 1 ? 1 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3
      members.push({ email: p.email, name: p.name, project, seatIndex: s, rank })
    }
  if (i !== people.length) throw new Error(`seed: ${people.length} people for ${i} seats`)
  return members
}

type Named = { email: string; name: string }

/** The people each cohort is drawn from (people.ts plans them; this file only seats them). */
export interface CohortPeople {
  c7People: Named[]
  women: Named[]
  nih: Named[]
  past: Named[][]
}

export function planCohorts({ c7People, women, nih, past }: CohortPeople): Cohort[] {
  return [
    ...D.PAST_KP_CYCLES.map((c, i) => ({
      cycleKey: `kp-${c.number}`,
      status: 'COMPLETED' as const,
      start: day(`${c.year}-10-01`),
      end: day(`${c.year + 1}-09-30`),
      publishedAt: at(`${c.year}-09-25T07:00:00Z`),
      members: assign(rngFor(`ranks-kp-${c.number}`), past[i], c.projects, true),
    })),
    {
      cycleKey: 'kp-7',
      status: 'ACTIVE',
      start: day('2021-10-04'),
      end: day('2022-09-30'),
      publishedAt: at('2021-09-30T07:00:00Z'),
      members: assign(rngFor('ranks-kp-7'), c7People, D.CYCLE7_PROJECTS, true),
    },
    {
      cycleKey: 'nih-1',
      status: 'COMPLETED',
      start: day('2021-02-01'),
      end: day('2021-11-30'),
      publishedAt: at('2021-01-22T07:00:00Z'),
      members: assign(rngFor('ranks-nih-1'), nih, D.NIH_PROJECTS),
    },
    {
      cycleKey: 'women-1',
      status: 'ACTIVE',
      start: day('2021-12-06'),
      end: day('2022-06-03'),
      publishedAt: at('2021-11-26T07:00:00Z'),
      members: assign(rngFor('ranks-women-1'), women, D.INTERNSHIP_PROJECTS),
    },
  ]
}

export const cohortOf = (cohorts: Cohort[], cycleKey: string) => cohorts.find((c) => c.cycleKey === cycleKey)!
