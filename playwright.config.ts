// End-to-end tests in Debian's Chromium against the production build, served by the same
// launcher as `npm start`, on a fresh embedded database seeded with the demo data.
import { defineConfig } from '@playwright/test'
import { mailDropDir } from './tests/e2e/support/mail'
import { findChromium } from './tests/e2e/support/chromium'

const PORT = Number(process.env.E2E_PORT ?? 3100)
// The crawl only reads, so it runs beside the flows, on a server and database of its own: the
// flows' changes never move under it, and both cores are busy.
const CRAWL_PORT = PORT + 1
const DB_DIR = process.env.E2E_DB_DIR ?? '.data/e2e-db'

function server(port: number, dbDir: string, mailDir: string) {
  return {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    env: {
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
  // One worker for the flows (they share one seeded server, in order), one for the crawl.
  workers: 2,
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // All flows share one seeded server. The placement flows end and re-make the demo fellow's
  // placement, so they run after the flows that rely on the seeded cohort.
  projects: [
    { name: 'flows', testIgnore: [/placement\//, /crawl\//], workers: 1 },
    { name: 'placement', testMatch: /placement\/.*\.spec\.ts/, dependencies: ['flows'], workers: 1 },
    { name: 'crawl', testMatch: /crawl\/.*\.spec\.ts/, workers: 1, use: { baseURL: `http://localhost:${CRAWL_PORT}` } },
  ],
  webServer: [server(PORT, DB_DIR, mailDropDir()), server(CRAWL_PORT, `${DB_DIR}-crawl`, `${DB_DIR}-crawl-mail`)],
})
