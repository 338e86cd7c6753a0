// End-to-end tests in Debian's Chromium against the production build, served by the same
// launcher as `npm start`, on a fresh embedded database seeded with the demo data.
import { defineConfig } from '@playwright/test'
import { mailDropDir } from './tests/e2e/support/mail'
import { findChromium } from './tests/e2e/support/chromium'

const PORT = Number(process.env.E2E_PORT ?? 3100)

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: findChromium() ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  // All flows share one seeded server. The placement flows end and re-make the demo fellow's
  // placement, so they run after the flows that rely on the seeded cohort.
  projects: [
    { name: 'flows', testIgnore: /placement\// },
    { name: 'placement', testMatch: /placement\/.*\.spec\.ts/, dependencies: ['flows'] },
  ],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${PORT}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { PORT: String(PORT), PGLITE_DIR: process.env.E2E_DB_DIR ?? '.data/e2e-db', DATABASE_URL: '', DAFTAR_DEMO: 'on', NEXTAUTH_URL: `http://localhost:${PORT}`, MAIL_DROP_DIR: mailDropDir() },
  },
})
