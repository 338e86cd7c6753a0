// vitest setup for *.db.test.ts: each test file gets its own clean database.
import { afterAll, beforeAll } from 'vitest'
import { setDb } from '../../lib/server/db'
import { createTestDatabase, type TestDatabase } from './test-db'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
  setDb(db.prisma)
}, 60_000)

afterAll(async () => {
  // Mail that requests send after their answer goes before the database does. (Imported here,
  // not above: it loads Next's request scope, which tests that need a real one set up first.)
  await (await import('../../lib/server/after-response')).settleAfterResponse()
  setDb(undefined)
  await db?.close()
})
