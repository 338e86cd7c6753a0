// vitest setup for *.db.test.ts: each test file gets its own clean database.
import { afterAll, beforeAll } from 'vitest'
import { setDb } from '../../lib/server/db'
import { settleAfterResponse } from '../../lib/server/after-response'
import { createTestDatabase, type TestDatabase } from './test-db'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
  setDb(db.prisma)
}, 60_000)

afterAll(async () => {
  // Mail that requests send after their answer goes before the database does.
  await settleAfterResponse()
  setDb(undefined)
  await db?.close()
})
