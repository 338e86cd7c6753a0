// The transaction client type, importable without 'server-only' (scripts and tests use it).
import type { PrismaClient } from '@prisma/client'

export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>
