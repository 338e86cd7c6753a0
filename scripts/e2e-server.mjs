// Starts the app for Playwright the way `npm start` does, on a fresh embedded database.
import { rmSync } from 'node:fs'
import { spawn } from 'node:child_process'

rmSync(process.env.PGLITE_DIR ?? '.data/e2e-db', { recursive: true, force: true })
if (process.env.MAIL_DROP_DIR) rmSync(process.env.MAIL_DROP_DIR, { recursive: true, force: true })
const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts'], { stdio: 'inherit', env: process.env })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
