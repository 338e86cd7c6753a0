// An interview's place as staff typed it (an address, a video-call link, a phone number), cut
// into plain text and web links so the applicant can follow the link. Only http and https
// addresses become links: never javascript:, data: or a link hidden behind other words.

export type PlacePart = { text: string } | { href: string; label: string }

// Whitespace, quotes, angle brackets and invisible control or direction characters end a
// link (a right-to-left override inside one could disguise where it goes).
const LINK = /https?:\/\/[^\s<>"'\p{Cc}\p{Cf}]+/giu
// Punctuation that closes the sentence around a link, not the link itself.
const TRAILING = /[)\].,;:!?،۔]+$/u

/** The address as a link target if it is a well-formed http(s) URL with a host, else null. */
export function safeWebLink(s: string): string | null {
  try {
    const u = new URL(s)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null
  } catch {
    return null
  }
}

export function placeParts(location: string): PlacePart[] {
  const out: PlacePart[] = []
  let last = 0
  for (const m of location.matchAll(LINK)) {
    const label = m[0].replace(TRAILING, '')
    const href = safeWebLink(label)
    if (!href) continue
    if (m.index > last) out.push({ text: location.slice(last, m.index) })
    out.push({ href, label })
    last = m.index + label.length
  }
  if (last < location.length) out.push({ text: location.slice(last) })
  return out
}
