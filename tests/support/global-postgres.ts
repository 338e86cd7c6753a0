// vitest globalSetup for the postgres project: one migrated template database per run.
import { createPostgresTemplate, dropPostgresTemplate } from './test-db'

export async function setup() {
  await createPostgresTemplate()
}

export async function teardown() {
  await dropPostgresTemplate()
}
