// Every public programme, with what it is and who funds it.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { listPublicProgrammes } from '@/lib/public/queries'
import { Card, PageHeader } from '@/components/ui/basics'
import { localText } from '@/lib/i18n/local-text'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.pub.programmes.title }
}

export default async function ProgrammesPage() {
  const { m, locale } = await getI18n()
  const programmes = await listPublicProgrammes()
  const t = m.pub.programmes
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="space-y-4">
        {programmes.map((p) => (
          <Card key={p.id}>
            <h2 className="mb-1 text-xl font-semibold">
              <Link href={`/programmes/${p.slug}`} className="text-emerald-800 underline underline-offset-2">
                {name(p.name, p.nameUr)}
              </Link>
            </h2>
            <p className="mb-2 text-sm text-slate-700">
              {m.common.programmeKinds[p.kind]} · {m.common.levels[p.level]}
            </p>
            <p className="max-w-3xl text-slate-800">{name(p.description, p.descriptionUr)}</p>
          </Card>
        ))}
      </div>
    </>
  )
}
