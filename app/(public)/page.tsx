import Link from 'next/link'
import { getI18n } from '@/lib/i18n/server'
import { listPublicProgrammes } from '@/lib/public/queries'
import { Card } from '@/components/ui/basics'

export default async function PublicHome() {
  const { m, locale } = await getI18n()
  const programmes = await listPublicProgrammes()
  return (
    <>
      <section className="mb-8">
        <h1 className="text-3xl font-bold text-emerald-950">{m.common.appName}</h1>
        <p className="mt-2 max-w-2xl text-lg text-slate-700">{m.common.tagline}</p>
        <p className="mt-4">
          <Link href="/sign-in" className="font-semibold text-emerald-800 underline">
            {m.common.signIn}
          </Link>
        </p>
      </section>
      <h2 className="mb-4 text-xl font-semibold">{m.nav.publicHome}</h2>
      <div className="grid gap-4 md:grid-cols-3">
        {programmes.map((p) => (
          <Card key={p.id} title={locale === 'ur' && p.nameUr ? p.nameUr : p.name}>
            <p className="text-sm text-slate-700">{locale === 'ur' && p.descriptionUr ? p.descriptionUr : p.description}</p>
          </Card>
        ))}
      </div>
    </>
  )
}
