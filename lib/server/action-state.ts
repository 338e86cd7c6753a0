// The result shape of every server action (importable from client components).
export interface ActionState {
  ok: boolean
  fieldErrors?: Record<string, string>
  formError?: string
  message?: string
  at?: number
  data?: Record<string, string | number | boolean | null>
  /**
   * What was typed, sent back with a refusal: without JavaScript the page is drawn anew from
   * the server, and the fields fill from these (nothing typed is lost). Never a password.
   */
  values?: Record<string, string>
}

/** Fields never sent back to the browser, even to whoever typed them. */
const NOT_ECHOED = /password|secret|token|^\$ACTION/i

/** The single text values of a form, to fill its fields again after a refusal. */
export function echoedValues(formData: FormData): Record<string, string> | undefined {
  if (!(formData instanceof FormData)) return undefined
  const out: Record<string, string> = {}
  const seen = new Set<string>()
  for (const [k, v] of formData.entries()) {
    if (seen.has(k)) delete out[k]
    else if (typeof v === 'string' && !NOT_ECHOED.test(k) && v.length <= 20_000) out[k] = v
    seen.add(k)
  }
  return Object.keys(out).length ? out : undefined
}
