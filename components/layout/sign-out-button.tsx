'use client'
import { signOut } from 'next-auth/react'
import { useMessages } from '../i18n-provider'

export function SignOutButton() {
  const m = useMessages()
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/sign-in' })}
      className="rounded-md px-3 py-1 text-sm font-medium text-slate-900 underline hover:bg-slate-100"
    >
      {m.common.signOut}
    </button>
  )
}
