// Backups of the embedded database: PGlite's own tarball of its data folder (gzip). The app
// must be stopped first: PGlite serves one process per folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

async function open(dir: string, loadDataDir?: Blob) {
  const { PGlite } = await import('@electric-sql/pglite')
  const db = new PGlite(dir, loadDataDir ? { loadDataDir } : undefined)
  await db.waitReady
  return db
}

export function isEmptyDir(dir: string) {
  return !existsSync(dir) || readdirSync(dir).length === 0
}

/** Writes the folder's database to `file` (a .tar.gz); returns its size in bytes. */
export async function backupPglite(dir: string, file: string): Promise<number> {
  if (isEmptyDir(dir)) throw new Error(`there is no embedded database in ${dir}`)
  const db = await open(dir)
  try {
    const blob = await db.dumpDataDir('gzip')
    const bytes = Buffer.from(await blob.arrayBuffer())
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    writeFileSync(file, bytes)
    return bytes.length
  } finally {
    await db.close()
  }
}

/**
 * Loads a backup into `dir`. An existing database there is kept, moved aside to
 * `<dir>.before-restore-<time>`, and only when `replace` is set.
 */
export async function restorePglite(file: string, dir: string, o: { replace?: boolean } = {}): Promise<string | null> {
  if (!existsSync(file)) throw new Error(`no such backup: ${file}`)
  let movedTo: string | null = null
  if (!isEmptyDir(dir)) {
    if (!o.replace) throw new Error(`${dir} already holds a database: pass --replace to move it aside and restore`)
    movedTo = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
    renameSync(dir, movedTo)
  }
  mkdirSync(dir, { recursive: true })
  try {
    const db = await open(dir, new Blob([readFileSync(file)]))
    await db.close()
  } catch (e) {
    // Leave things as they were: no half-loaded folder, the previous database back in place.
    rmSync(dir, { recursive: true, force: true })
    if (movedTo) renameSync(movedTo, dir)
    throw e
  }
  return movedTo
}
