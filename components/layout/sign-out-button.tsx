// Sign-out as a plain form: works without JavaScript and needs no client library. The layout
// hands in the server action (decision 013).

export function SignOutButton({ label, action }: { label: string; action: () => void | Promise<void> }) {
  return (
    <form action={action}>
      <button type="submit" className="rounded-md px-3 py-1 text-sm font-medium text-slate-900 underline hover:bg-slate-100">
        {label}
      </button>
    </form>
  )
}
