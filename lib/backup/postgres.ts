// Backups of a PostgreSQL database with the server's own tools: pg_dump's custom format,
// restored by pg_restore in a single transaction (all or nothing).
import { spawn } from 'node:child_process'
import pg from 'pg'

/** The URL without its password, which goes to the tools through PGPASSWORD instead (not the process list). */
function connection(url: string) {
  const u = new URL(url)
  const password = decodeURIComponent(u.password)
  u.password = ''
  return { dbname: u.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env }
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error(`${tool} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client)`)
          : e,
      ),
    )
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
    )
  })
}

export async function backupPostgres(url: string, file: string): Promise<void> {
  const c = connection(url)
  await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${c.dbname}`], c.env)
}

export async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n)
  } finally {
    await client.end()
  }
}

/**
 * Restores a pg_dump backup into the database at `url`. A database that already has tables
 * is only overwritten with `replace` (its objects are dropped and recreated from the
 * backup); either way the restore is one transaction, so a failure changes nothing.
 */
export async function restorePostgres(file: string, url: string, o: { replace?: boolean } = {}): Promise<void> {
  const existing = await tableCount(url)
  if (existing > 0 && !o.replace)
    throw new Error(`the target database already has ${existing} table(s): pass --replace to overwrite it with the backup`)
  const c = connection(url)
  const clean = existing > 0 ? ['--clean', '--if-exists'] : []
  await run(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', ...clean, `--dbname=${c.dbname}`, file],
    c.env,
  )
}
