// The state a form bound to a server action shares with its fields: the action's answer
// (for errors beside each field) and whether it is running.
import { createContext, useContext } from 'react'
import type { ActionState } from '@/lib/server/action-state'

export const StateCtx = createContext<ActionState>({ ok: false })
export const PendingCtx = createContext(false)

export function useFieldError(name: string) {
  return useContext(StateCtx).fieldErrors?.[name]
}

/** The value typed before the server refused the form (no JavaScript: the page is drawn anew). */
export function useEchoedValue(name: string) {
  return useContext(StateCtx).values?.[name]
}
