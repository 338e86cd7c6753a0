// `npm start`: prepare the database, build the app if the build is missing or was made from
// other sources (scripts/lib/build-stamp.ts), then serve it on http://localhost:3000 and print the demo sign-ins.
import { spawnSync, spawn } from 'node:child_process'
import path from 'node:path'
import { localSecret } from '../lib/auth/secret'
import { DEMO_PASSWORD, demoAccounts } from '../lib/demo'
import { ensureBuild } from './lib/ensure-build'

const root = process.cwd()

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
// The embedded demo runs without configuration: a locally generated secret and URL.
// A real deployment (DATABASE_URL set) must provide NEXTAUTH_SECRET itself.
if (!env.DATABASE_URL) {
  env.NEXTAUTH_SECRET ??= localSecret()
  env.DAFTAR_HSTS ??= 'off'
}
const port = env.PORT ?? '3000'
env.NEXTAUTH_URL ??= `http://localhost:${port}`

run(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/prepare-db.ts'], env)
ensureBuild(root, env)

// One server process per core on PostgreSQL, one on the embedded database (scripts/serve.ts).
const server = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/serve.ts', '--port', port], {
  stdio: 'inherit',
  env,
})
server.on('spawn', () => {
  console.log(`\nDaftar is starting on ${env.NEXTAUTH_URL}`)
  if (!env.DATABASE_URL) {
    console.log(`Demo sign-ins (password for all: ${DEMO_PASSWORD}):`)
    for (const a of demoAccounts) console.log(`  ${a.role.padEnd(9)} ${a.email}  (${a.name})`)
  }
  console.log('')
})
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
