// Creates (if needed), migrates and seeds the database named by the environment: the
// embedded PGlite folder by default, or DATABASE_URL. Safe to run on every start.
import { connectFromEnv } from '../lib/server/connect'
import { applyMigrations } from '../lib/server/migrate'

async function main() {
  const noSeed = process.argv.includes('--no-seed')
  const started = Date.now()
  const conn = await connectFromEnv()
  try {
    const applied = await applyMigrations(conn.runner, { log: (s) => console.log(`[db] ${s}`) })
    const where = conn.kind === 'pglite' ? `embedded database (${process.env.PGLITE_DIR ?? '.data/pglite'})` : 'PostgreSQL'
    console.log(`[db] ${where}: ${applied} migration(s) applied`)
    if (!noSeed) {
      const users = await conn.prisma.user.count()
      // Seed an empty database, or when asked to (the seed is idempotent).
      if (users === 0 || process.env.DAFTAR_SEED === 'always') {
        const { seed } = await import('../prisma/seed')
        await seed(conn.prisma, { log: (s) => console.log(`[seed] ${s}`) })
      }
    }
  } finally {
    await conn.close()
  }
  console.log(`[db] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((e) => {
  console.error('[db] failed:', e instanceof Error ? e.message : e)
  process.exit(1)
})
