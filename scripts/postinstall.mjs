// `npm install` ends by generating the Prisma client. A dry run (`npm install --dry-run`, which
// checks that the dependency tree resolves) installs nothing, so there is no Prisma CLI to run:
// it says so and succeeds instead of failing with "prisma: not found".
import { spawnSync } from 'node:child_process'

if (process.env.npm_config_dry_run === 'true') {
  console.log('[postinstall] dry run: nothing installed, prisma generate skipped')
  process.exit(0)
}
const r = spawnSync('prisma', ['generate'], { stdio: 'inherit', shell: true })
process.exit(r.status ?? 1)
