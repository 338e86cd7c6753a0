// Public pages named by a programme's slug (found on disk, so a new one is covered) read it
// with slugParam(): a value that cannot be a slug is a 404 before any query, so a NUL byte
// never reaches the database ("invalid byte sequence for encoding UTF8: 0x00"), in the page or
// its metadata (security probe 2, item 5).
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { getDb, setDb } from '../../lib/server/db'
import { slugParam } from '../../lib/server/page'
import { createCountingDatabase } from '../support/query-count'
import { makeOpenCall } from '../support/factories-recruitment'
import { ROOT } from '../support/server-actions'

vi.mock('../../lib/request/viewer', async () => (await import('../support/next-request')).viewerModule())
vi.mock('../../lib/i18n/server', async () => (await import('../support/next-request')).i18nModule())
vi.mock('next/headers', async () => (await import('../support/next-request')).headersModule())

/** Every page.tsx under app/ with a [slug] segment. */
function slugPages(dir = 'app'): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const p = path.join(dir, name)
    if (statSync(path.join(ROOT, p)).isDirectory()) return slugPages(p)
    return name === 'page.tsx' && p.includes('[slug]') ? [p] : []
  })
}

type Page = {
  default: (p: { params: Promise<{ slug: string }> }) => Promise<unknown>
  generateMetadata?: (p: { params: Promise<{ slug: string }> }) => Promise<unknown>
}

const HOSTILE = ['\0', 'tech\0nih', '\u0001', '\uffff', 'Tech-Nih', 'tech nih', '../staff', 'a'.repeat(81), '', '-tech', 'tech--nih']

const digestOf = (e: unknown) => String((e as { digest?: unknown } | null)?.digest ?? e)

describe('slugParam', () => {
  it('passes a slug and refuses anything that cannot be one with a 404', () => {
    expect(slugParam('tech-nih-fellowship')).toBe('tech-nih-fellowship')
    expect(slugParam('a'.repeat(80))).toBe('a'.repeat(80))
    for (const v of [...HOSTILE, undefined, ['tech-nih']]) {
      expect(() => slugParam(v as string), JSON.stringify(v)).toThrow(
        expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) }),
      )
    }
  })
})

describe('public pages named by a slug', () => {
  const pages = slugPages()

  it('are found on disk', () => {
    expect(pages).toEqual(expect.arrayContaining(['app/(public)/programmes/[slug]/page.tsx', 'app/(public)/calls/[slug]/page.tsx']))
  })

  for (const file of pages) {
    it(`${file}: a value that cannot be a slug is a 404, and the database never sees it`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Page
      const own = await getDb()
      const qc = await createCountingDatabase()
      setDb(qc.prisma)
      try {
        for (const slug of HOSTILE) {
          for (const [what, fn] of [
            ['page', mod.default],
            ['metadata', mod.generateMetadata],
          ] as const) {
            if (!fn) continue
            const { result, queries } = await qc.count(() => fn({ params: Promise.resolve({ slug }) }).then(() => 'rendered', digestOf))
            expect(result, `${what} for ${JSON.stringify(slug)}`).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/)
            expect(queries, `${what} for ${JSON.stringify(slug)}`).toEqual([])
          }
        }
      } finally {
        setDb(own)
        await qc.close()
      }
    })

    it(`${file}: a real slug still renders`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Page
      const { cycle } = await makeOpenCall()
      await expect(mod.default({ params: Promise.resolve({ slug: cycle.programme.slug }) })).resolves.toBeTruthy()
    })
  }
})
