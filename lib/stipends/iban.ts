// Pakistani IBANs: "PK" + 2 check digits + 4-letter bank code + 16 alphanumerics (24 characters),
// checked with ISO 7064 mod 97-10 (ISO 13616). Pure, shared by forms, domain and tests.

const PK_IBAN = /^PK\d{2}[A-Z]{4}[A-Z0-9]{16}$/

/** Upper case, spaces and dashes removed: how an IBAN is stored and compared. */
export function normaliseIban(raw: string): string {
  return raw.replace(/[\s-]+/g, '').toUpperCase()
}

/** ISO 7064 mod 97-10 of an IBAN (country and check digits moved to the end, letters as 10..35). */
export function ibanMod97(iban: string): number {
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (const ch of moved) {
    const code = ch.charCodeAt(0)
    const value = code >= 65 && code <= 90 ? code - 55 : code - 48
    // Letters are two digits, digits one: fold each into the running remainder.
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97
  }
  return rest
}

export type IbanProblem = 'format' | 'checksum'

/** Why a (normalised) IBAN is not a valid Pakistani one, or null when it is. */
export function pkIbanProblem(iban: string): IbanProblem | null {
  if (!PK_IBAN.test(iban)) return 'format'
  return ibanMod97(iban) === 1 ? null : 'checksum'
}

/** The check digits that make `PK??` + bban valid (for seeds and tests). */
export function withCheckDigits(bban: string): string {
  const rest = ibanMod97(`PK00${bban}`)
  return `PK${String(98 - rest).padStart(2, '0')}${bban}`
}

/** Groups of four, as printed on a cheque book: "PK36 SCBL 0000 …". */
export function groupIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ')
}

/** Masked for everyone but the owner and staff preparing payments: "PK36 •••• •••• •••• •••• 1234". */
export function maskIban(iban: string | null | undefined): string {
  if (!iban) return '—'
  return `${iban.slice(0, 4)} •••• •••• •••• •••• ${iban.slice(-4)}`
}
