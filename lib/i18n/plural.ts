// Plural forms inside message strings, in a small subset of ICU MessageFormat:
// "{count, plural, one {# application} other {# applications}}" (also "=0 {…}").
// The form is chosen with Intl.PluralRules for the viewer's language, so a message never
// reads "1 drafts" or "application(s)". Kept as plain strings so the catalogue's types hold.
import { intlTag, type Locale } from './config'

const START = /\{(\w+),\s*plural,/g

/** Reads "sel {text} sel {text} …}" from i; returns the options and the index after the closing brace. */
function readOptions(s: string, i: number): { options: Map<string, string>; end: number } | null {
  const options = new Map<string, string>()
  while (i < s.length) {
    while (/\s/.test(s[i] ?? '')) i++
    if (s[i] === '}') return { options, end: i + 1 }
    const sel = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(s.slice(i))
    if (!sel) return null
    i += sel[0].length
    let depth = 1
    const from = i
    while (i < s.length && depth) {
      if (s[i] === '{') depth++
      else if (s[i] === '}') depth--
      i++
    }
    if (depth) return null
    options.set(sel[1], s.slice(from, i - 1))
  }
  return null
}

/** Resolves every plural block of a template with the given numbers; other placeholders stay. */
export function resolvePlurals(template: string, vars: Record<string, string | number>, locale: Locale = 'en'): string {
  let out = ''
  let last = 0
  for (const m of template.matchAll(START)) {
    if (m.index < last) continue
    const parsed = readOptions(template, m.index + m[0].length)
    if (!parsed) continue
    // A count may come already formatted for display (formatNumber: "1,234").
    const n = Number(String(vars[m[1]]).replace(/,/g, ''))
    const form = Number.isFinite(n)
      ? (parsed.options.get(`=${n}`) ?? parsed.options.get(new Intl.PluralRules(intlTag(locale)).select(n)))
      : undefined
    const text = form ?? parsed.options.get('other') ?? ''
    out += template.slice(last, m.index) + text.replace(/#/g, String(vars[m[1]] ?? ''))
    last = parsed.end
  }
  return out + template.slice(last)
}

/** The placeholder names a template uses, plural ones included. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort()
}

/** The forms a plural gives: English and Urdu (CLDR) both choose between `one` and `other`. */
export interface PluralForms {
  one: string
  other: string
}

/** The form for n by the language's rules, '#' replaced by n; for texts built in code (emails). */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  const form = new Intl.PluralRules(intlTag(locale)).select(n)
  return (form === 'one' ? forms.one : forms.other).replace(/#/g, String(n))
}
