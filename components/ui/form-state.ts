// The state a form bound to a server action shares with its fields: the action's answer
// (for errors beside each field) and whether it is running.
import { createContext, useContext } from 'react'
import type { ActionState } from '@/lib/server/action-state'

export const StateCtx = createContext<ActionState>({ ok: false })
export const PendingCtx = createContext(false)

export function useFieldError(name: string) {
  return useContext(StateCtx).fieldErrors?.[name]
}
