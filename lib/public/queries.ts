// What anyone may see without signing in: programmes and their open calls. No personal data.
import 'server-only'
import { getDb } from '../server/db'

export async function listPublicProgrammes() {
  const db = await getDb()
  return db.programme.findMany({
    where: { archivedAt: null },
    orderBy: { name: 'asc' },
    select: { id: true, slug: true, name: true, nameUr: true, description: true, descriptionUr: true, kind: true, level: true },
  })
}
