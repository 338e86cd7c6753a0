// The result shape of every server action (importable from client components).
export interface ActionState {
  ok: boolean
  fieldErrors?: Record<string, string>
  formError?: string
  message?: string
  at?: number
  data?: Record<string, string | number | boolean | null>
}
