// End-to-end tests in Debian's Chromium against the production build, served by the same
// launcher as `npm start`, on a fresh embedded database seeded with the demo data.
import { defineConfig } from '@playwright/test'
import { mailDropDir } from './tests/e2e/support/mail'
import { findChromium } from './tests/e2e/support/chromium'

const PORT = Number(process.env.E2E_PORT ?? 3100)
// The crawl only reads, so it has a server and database of its own: the flows' changes never
// move under it. The flows' server runs on the PostgreSQL server (the production database:
// a database of its own, made and dropped by scripts/e2e-server.mjs), the crawl's on the
// embedded default, so the browser tests walk both. E2E_PG_URL names the server to use;
// E2E_PG_URL=off keeps the flows on the embedded database too.
const CRAWL_PORT = PORT + 1
const DB_DIR = process.env.E2E_DB_DIR ?? '.data/e2e-db'
const PG_URL = process.env.E2E_PG_URL ?? process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

function server(port: number, dbDir: string, mailDir: string, pgUrl = '') {
  return {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    // SIGTERM lets the launcher stop the app and drop its PostgreSQL database.
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    env: {
      E2E_PG_URL: pgUrl === 'off' ? '' : pgUrl,
      PORT: String(port),
      PGLITE_DIR: dbDir,
      DATABASE_URL: '',
      DAFTAR_DEMO: 'on',
      NEXTAUTH_URL: `http://localhost:${port}`,
      MAIL_DROP_DIR: mailDir,
    },
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One test at a time: on two cores, a second browser and server running beside the first
  // made the whole run slower (the crawl took 15 min beside the flows, 4.5 min on its own).
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-dev-shm-usage',
      ],
    },
    // Recording a trace costs about 15% of the run (a DOM snapshot at every step); CI keeps
    // the failure's screenshot and page snapshot instead, a developer's run keeps the trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // All flows share one seeded server. The placement flows end and re-make the demo fellow's
  // placement, so they run after the flows that rely on the seeded cohort.
  projects: [
    { name: 'crawl', testMatch: /crawl\/.*\.spec\.ts/, use: { baseURL: `http://localhost:${CRAWL_PORT}` } },
    { name: 'flows', testIgnore: [/placement\//, /crawl\//] },
    { name: 'placement', testMatch: /placement\/.*\.spec\.ts/, dependencies: ['flows'] },
  ],
  webServer: [server(PORT, DB_DIR, mailDropDir(), PG_URL), server(CRAWL_PORT, `${DB_DIR}-crawl`, `${DB_DIR}-crawl-mail`)],
})
