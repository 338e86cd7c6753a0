// Unit tests (*.test.ts) run once; database tests (*.db.test.ts) run twice: on embedded
// PGlite and on the PostgreSQL server, each test file on its own fresh database.
import path from 'node:path'
import { defineConfig } from 'vitest/config'

// One name per run, seen by globalSetup (this process) and the test workers alike.
process.env.DAFTAR_TEST_RUN ??= String(process.pid)
const run = process.env.DAFTAR_TEST_RUN
const alias = {
  '@': path.resolve(import.meta.dirname),
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
}
const dbTests = ['lib/**/*.db.test.ts', 'tests/integration/**/*.db.test.ts']
// The two property suites that call every server action with hundreds of generated forms test
// the app's answers (refusals in words, nothing written), not the database's: they run on the
// PostgreSQL server only, where they take half the time. Everything the database itself
// decides (locks, unique keys, races, restore) still runs on both.
const serverOnly = ['tests/integration/hostile-actions.db.test.ts', 'tests/integration/authz-actions-crafted.db.test.ts']
const shared = { env: { NODE_ENV: 'test', DAFTAR_TEST_RUN: run }, testTimeout: 30_000, hookTimeout: 60_000 }

export default defineConfig({
  resolve: { alias },
  test: {
    // Two workers on the two-core machine: a PGlite test file keeps one core busy while a
    // PostgreSQL one mostly waits for the server (vitest's default here would be one).
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'app/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: [...dbTests, 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'pglite',
          include: dbTests,
          exclude: [...serverOnly, 'node_modules/**'],
          env: { ...shared.env, DAFTAR_TEST_DB: 'pglite' },
          globalSetup: ['tests/support/global-pglite.ts'],
          setupFiles: ['tests/support/setup-db.ts'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          ...shared,
          name: 'postgres',
          include: dbTests,
          env: { ...shared.env, DAFTAR_TEST_DB: 'postgres' },
          globalSetup: ['tests/support/global-postgres.ts'],
          setupFiles: ['tests/support/setup-db.ts'],
          environment: 'node',
        },
      },
    ],
  },
})
