import { describe, expect, it } from 'vitest'
import { dictionaries } from '../i18n/messages'
import { auditActionLabel } from './labels'

describe('audit action codes in words', () => {
  it('reads deliverable.request-changes as words in English and Urdu', () => {
    expect(auditActionLabel(dictionaries.en, 'deliverable.request-changes')).toBe('Deliverable: changes requested')
    expect(auditActionLabel(dictionaries.ur, 'deliverable.request-changes')).toBe('ڈیلیوریبل: تبدیلیاں مانگی گئیں')
    expect(auditActionLabel(dictionaries.en, 'interview.no_show')).toBe('Interview: applicant did not attend')
  })
  it('has words for every action the code writes', async () => {
    const { execSync } = await import('node:child_process')
    const src = execSync('grep -rhoE "action: (submitting \\? )?\'[a-z-]+\\.[a-z-]+\'" lib --include=*.ts --exclude=*.test.ts || true', {
      encoding: 'utf8',
    })
    const codes = [...new Set([...src.matchAll(/'([a-z-]+\.[a-z-]+)'/g)].map((x) => x[1]))]
    expect(codes.length).toBeGreaterThan(20)
    expect(codes.filter((c) => auditActionLabel(dictionaries.en, c) === c)).toEqual([])
  })
})
