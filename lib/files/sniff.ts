// Identifies a file by its content (magic bytes), never by its name or the browser's claim:
// an executable renamed to .pdf is refused.
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'zip' | 'csv' | 'txt'

export const MIME: Record<FileKind, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
  csv: 'text/csv',
  txt: 'text/plain',
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v)

function isText(b: Uint8Array) {
  const n = Math.min(b.length, 4096)
  for (let i = 0; i < n; i++) {
    const c = b[i]
    if (c === 0) return false
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) return false
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, n))
    return true
  } catch {
    // A multi-byte character cut at the 4096 boundary is still text.
    return n === 4096
  }
}

export function sniff(bytes: Uint8Array, name = ''): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // Office files are zips whose first entries name their part folders.
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 8192)))
    if (head.includes('word/')) return 'docx'
    if (head.includes('xl/')) return 'xlsx'
    if (head.includes('ppt/')) return 'pptx'
    return 'zip'
  }
  // Windows/ELF/Mach-O executables and scripts are never text here.
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return null
  if (bytes.length > 0 && isText(bytes)) return /\.csv$/i.test(name) ? 'csv' : 'txt'
  return null
}
