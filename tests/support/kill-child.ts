// The process the kill test (tests/integration/kill-mid-bulk.db.test.ts) kills: it opens the
// database named by DATABASE_URL or PGLITE_DIR as the server does, and runs the staff bulk
// rejection of every submitted application of CYCLE_ID as STAFF_ID. After KILL_AFTER audit
// entries have been written inside the transaction it prints MIDWAY and waits there, so the
// parent's SIGKILL always lands in the middle of the bulk operation.
import { connectFromEnv } from '../../lib/server/connect'
import { setDb } from '../../lib/server/db'
import { moveApplications } from '../../lib/recruitment/mutations/move-applications'

const need = (k: string) => {
  const v = process.env[k]
  if (!v) throw new Error(`${k} is required`)
  return v
}

async function main() {
  const cycleId = need('CYCLE_ID')
  const killAfter = Number(need('KILL_AFTER'))
  const conn = await connectFromEnv()
  const base = conn.prisma
  const staff = await base.user.findUniqueOrThrow({ where: { id: need('STAFF_ID') } })
  const ids = (await base.application.findMany({ where: { cycleId, stage: 'SUBMITTED' }, select: { id: true } })).map((a) => a.id)

  let audits = 0
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop, recv) {
        const delegate = Reflect.get(target, prop, recv)
        if (prop !== 'auditLog') return delegate
        return new Proxy(delegate as object, {
          get(d, op, r) {
            const fn = Reflect.get(d, op, r)
            if (op !== 'create') return fn
            return async (...args: unknown[]) => {
              const row = await (fn as (...a: unknown[]) => Promise<unknown>).apply(d, args)
              if (++audits === killAfter) {
                process.stdout.write(`MIDWAY ${audits}\n`)
                await new Promise(() => {}) // held open until the parent kills this process
              }
              return row
            }
          },
        })
      },
    })
  setDb(
    new Proxy(base, {
      get(target, prop, recv) {
        if (prop !== '$transaction') return Reflect.get(target, prop, recv)
        return (fn: unknown, opts?: { timeout?: number }) =>
          typeof fn === 'function'
            ? base.$transaction((tx) => (fn as (t: object) => Promise<unknown>)(wrapTx(tx)), { ...opts, timeout: 120_000 })
            : base.$transaction(fn as never)
      },
    }),
  )
  process.stdout.write(`MOVING ${ids.length}\n`)
  await moveApplications(
    { userId: staff.id, role: staff.role, departmentId: staff.departmentId, name: staff.name, email: staff.email },
    { cycleId, ids, to: 'REJECTED' },
  )
  process.stdout.write('DONE\n')
  await conn.close()
}

main().catch((e) => {
  process.stderr.write(`kill-child failed: ${e instanceof Error ? e.stack : String(e)}\n`)
  process.exit(1)
})
