// Sign-out as a plain form: works without JavaScript and needs no client library.
import { signOutAction } from '@/app/actions/sign-out'

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md px-3 py-1 text-sm font-medium text-slate-900 underline hover:bg-slate-100">
        {label}
      </button>
    </form>
  )
}
