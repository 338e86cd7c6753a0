// What staff type to find a person, turned into the prefixes matched against PersonSearchTerm
// (kept by the trigger in prisma/migrations/20261208110000_person_search_terms), and how a
// person's identity numbers are shown in results: the CNIC always masked, the phone partly.
import { normaliseCnic, normalisePkPhone } from '../identity-formats'

/** Longest query read; words beyond the fifth are ignored (each one narrows an intersection). */
export const MAX_QUERY = 200
const MAX_WORDS = 5
/** Shorter words are left out (a query of only those finds nobody: the page says why). */
export const MIN_WORD = 2

const digits = (s: string) => s.replace(/\D/g, '')

/**
 * The prefixes to intersect: a whole CNIC or phone number however typed (dashes, spaces, +92)
 * becomes its digits, as the trigger stores them; otherwise each word lower-cased, a word of
 * digits and dashes as its digits. Empty when nothing searchable was typed.
 */
export function queryTerms(input: string): string[] {
  const q = input.slice(0, MAX_QUERY).trim()
  if (!q) return []
  const cnic = normaliseCnic(q)
  if (cnic) return [digits(cnic)]
  const phone = normalisePkPhone(q)
  if (phone) return [digits(phone)]
  const words = q
    .toLowerCase()
    .split(/[\s,()"]+/)
    .map((w) => (/^[+\d][\d\-.]*$/.test(w) ? digits(w) : w.replace(/^[.]+|[.]+$/g, '')))
    // One letter matches a good part of everyone and narrows nothing (and costs the most).
    .filter((w) => w.length >= MIN_WORD)
  return [...new Set(words)].slice(0, MAX_WORDS)
}

/** A LIKE pattern matching strings that start with `prefix` (its own % _ \ taken literally). */
export function prefixPattern(prefix: string) {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}

/** "17301-*******-1": the district code and check digit only. */
export function maskCnic(cnic: string | null): string | null {
  if (!cnic) return null
  const d = digits(cnic)
  if (d.length !== 13) return '*****-*******-*'
  return `${d.slice(0, 5)}-*******-${d.slice(12)}`
}

/** "0300-***4567": the network and the last four digits, enough to tell two people apart. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null
  const d = digits(phone)
  if (d.length < 7) return '***'
  return `${d.slice(0, 4)}-***${d.slice(-4)}`
}
