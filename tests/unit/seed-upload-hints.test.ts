// Issue 13: the CV question said "Optional, up to 10 MB." right before the form's own line
// "PDF, Word, PNG or JPEG, up to 10 MB." The file field states the size limit and "optional"
// itself, so a seeded file question's help must not repeat either.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('seeded file questions', () => {
  it('do not repeat the size limit or "optional" that the file field already shows', () => {
    const seed = readFileSync('prisma/seed/recruitment.ts', 'utf8')
    const fileQuestions = seed.split('\n').filter((l) => l.includes("type: 'FILE'"))
    expect(fileQuestions.length).toBeGreaterThan(0)
    for (const q of fileQuestions) expect(q, q).not.toMatch(/help(En|Ur): '[^']*(MB|ایم بی|optional|اختیاری)/i)
  })
})
