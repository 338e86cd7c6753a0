// vitest globalSetup for the pglite project: one migrated data folder per run, which every
// test file loads instead of initialising and migrating a database of its own.
import { createPgliteTemplate, dropPgliteTemplate } from './test-db'

export async function setup() {
  await createPgliteTemplate()
}

export function teardown() {
  dropPgliteTemplate()
}
