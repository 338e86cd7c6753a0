import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'

export default async function NotFound() {
  const { m } = await getI18n()
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{m.common.notFoundTitle}</h1>
      <p className="mt-2 text-slate-700">{m.common.notFoundBody}</p>
      <Link href="/" className="mt-4 inline-block font-medium text-emerald-800 underline">
        {m.common.home}
      </Link>
    </main>
  )
}
