// The Prisma client for server code. Created lazily on first use, one per process
// (PGlite allows one process per data folder). Tests install their own with setDb().
import 'server-only'
import type { PrismaClient } from '@prisma/client'
import { connectFromEnv, type Connection } from './connect'

declare global {
  var __daftarDb: PrismaClient | undefined
  var __daftarConnection: Promise<Connection> | undefined
}

export type Db = PrismaClient
export type { Tx } from './tx'

/** Resolves the process's client, connecting on first call. */
export async function getDb(): Promise<PrismaClient> {
  if (globalThis.__daftarDb) return globalThis.__daftarDb
  globalThis.__daftarConnection ??= connectFromEnv()
  const conn = await globalThis.__daftarConnection
  globalThis.__daftarDb = conn.prisma
  return conn.prisma
}

export function setDb(client: PrismaClient | undefined) {
  globalThis.__daftarDb = client
}
