import { describe, expect, it } from 'vitest'
import { sniff } from './sniff'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))

describe('sniff', () => {
  it('recognises real documents by their content', () => {
    expect(sniff(bytes('%PDF-1.7\n...'), 'cv.pdf')).toBe('pdf')
    expect(sniff(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x')).toBe('png')
    expect(sniff(bytes([0x50, 0x4b, 0x03, 0x04], 'xxxx[Content_Types].xmlword/document.xml'), 'cv.docx')).toBe('docx')
    expect(sniff(bytes('name,district\nHira,Swat\n'), 'list.csv')).toBe('csv')
    expect(sniff(bytes('ریکارڈ ڈیجیٹائز ہو گئے'), 'notes.txt')).toBe('txt')
  })

  it('refuses an executable disguised as a PDF', () => {
    expect(sniff(bytes([0x4d, 0x5a, 0x90, 0x00, 0x03], 'This program cannot be run in DOS mode'), 'cv.pdf')).toBeNull()
    expect(sniff(bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'report.pdf')).toBeNull()
    expect(sniff(bytes([0x00, 0x01, 0x02, 0xff]), 'x.pdf')).toBeNull()
  })
})
