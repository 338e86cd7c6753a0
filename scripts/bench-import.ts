// `npm run bench:import` (and part of `npm run bench`): importing a 10,000-row applicants
// spreadsheet (lib/imports) on a throw-away PostgreSQL database (BENCH_PG_URL, default the local
// server): the dry run, the import (batches of 1,000, one transaction each), and the same file
// again (nothing to do). Prints one line per step, the median of three runs (each on a new
// cycle). Not part of `npm test`: it measures this machine.
import { median, timed, withThrowawayDatabase } from './lib/throwaway-db'

const ROWS = 10_000
const RUNS = Number(process.env.RUNS ?? 3)

/** A spreadsheet as programmes keep them: quoted names with commas, Urdu, CRLF, a few bad rows. */
function spreadsheet(run: number) {
  const districts = ['Peshawar', 'Swat', 'Mardan', 'Abbottabad', 'Kohat', 'Dera Ismail Khan']
  const lines = ['Full Name,Email Address,CNIC,Mobile,District,Gender,Outcome']
  for (let i = 0; i < ROWS; i++) {
    const cnic = String(1730100000000 + run * ROWS + i)
    lines.push(
      [
        i % 7 ? `"Khan, Person ${i}"` : `صائمہ ${i}`,
        i % 250 === 0 ? `bad-email-${i}` : `p${i}.r${run}@example.pk`,
        `${cnic.slice(0, 5)}-${cnic.slice(5, 12)}-${cnic.slice(12)}`,
        `0300-${String(1000000 + i)}`,
        districts[i % districts.length],
        i % 2 ? 'Male' : 'Female',
        i % 3 ? 'Not selected' : 'Selected',
      ].join(','),
    )
  }
  return lines.join('\r\n')
}

async function main() {
  await withThrowawayDatabase('daftar_bench_import', async () => {
    const { getDb } = await import('../lib/server/db')
    const { importFile, previewImport } = await import('../lib/imports/mutations')
    const db = await getDb()
    const staff = await db.user.create({ data: { email: 'bench-staff@example.pk', name: 'Bench Staff', role: 'STAFF' } })
    const viewer = { userId: staff.id, role: 'STAFF' as const, departmentId: null, name: staff.name, email: staff.email }
    const programme = await db.programme.create({
      data: { slug: 'bench', name: 'Bench fellowship', kind: 'FELLOWSHIP', level: 'PROVINCIAL', description: 'Bench', durationMonths: 12 },
    })
    const times = { preview: [] as number[], import: [] as number[], again: [] as number[] }
    let last = ''
    for (let run = 0; run < RUNS; run++) {
      const cycle = await db.cycle.create({
        data: { programmeId: programme.id, number: run + 1, name: `Cycle ${run + 1}`, status: 'COMPLETED', targetFellowCount: 20 },
      })
      const f = { kind: 'APPLICANTS' as const, cycleId: cycle.id, fileName: 'bench.csv', text: spreadsheet(run) }
      const [p, tp] = await timed(() => previewImport(viewer, f))
      const [r, ti] = await timed(() => importFile(viewer, f))
      const [again, ta] = await timed(() => importFile(viewer, f))
      times.preview.push(tp)
      times.import.push(ti)
      times.again.push(ta)
      last = `dry run ${JSON.stringify(p.counts)}; import ${r.created} added, ${r.errors} refused; again ${again.created} added, ${again.skipped} unchanged`
    }
    await db.$disconnect()
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
    console.log(`[bench:import] ${ROWS.toLocaleString('en')} rows: ${last}`)
    console.log(`[bench:import] dry run (check and match every row)  median ${s(median(times.preview))}`)
    console.log(`[bench:import] import (10 batches of 1,000)         median ${s(median(times.import))}`)
    console.log(`[bench:import] the same file again (nothing to do)   median ${s(median(times.again))}`)
  })
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
