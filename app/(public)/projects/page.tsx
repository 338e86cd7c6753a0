// Completed projects with their impact figures, by programme and year.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { listPublicProgrammes } from '@/lib/public/queries'
import { completedProjectYears, listCompletedProjects } from '@/lib/public/projects'
import { EmptyState, PageHeader } from '@/components/ui/basics'
import { SelectField } from '@/components/ui/form'
import { buttonClass } from '@/components/ui/styles'
import { localName, localText } from '@/lib/i18n/local-text'
import { UserText } from '@/components/ui/user-text'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.pub.projects.title }
}

type Search = Promise<Record<string, string | string[] | undefined>>

export default async function ProjectsPage({ searchParams }: { searchParams: Search }) {
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const [programmes, years] = await Promise.all([listPublicProgrammes(), completedProjectYears()])
  const programme = programmes.find((p) => p.slug === firstParam(sp.programme))?.slug
  const y = Number(firstParam(sp.year))
  const year = years.includes(y) ? y : undefined
  const projects = await listCompletedProjects({ programme, year })
  const t = m.pub.projects
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <form method="get" className="mb-6 grid max-w-3xl grid-cols-1 items-end gap-4 md:grid-cols-3">
        <SelectField
          name="programme"
          label={t.filter}
          defaultValue={programme ?? ''}
          placeholder={t.all}
          options={programmes.map((p) => ({ value: p.slug, label: name(p.name, p.nameUr) }))}
        />
        <SelectField
          name="year"
          label={t.year}
          defaultValue={year ? String(year) : ''}
          placeholder={t.allYears}
          options={years.map((v) => ({ value: String(v), label: String(v) }))}
        />
        <button type="submit" className={buttonClass.secondary}>
          {m.insight.common.show}
        </button>
      </form>
      <p className="mb-3 font-medium">{format(t.count, { count: formatNumber(projects.length, locale) })}</p>
      {projects.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {projects.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/projects/${p.id}`} className="text-emerald-800 underline underline-offset-2">
                  <UserText>{name(p.title, p.titleUr)}</UserText>
                </Link>
              </h2>
              <p className="text-sm text-slate-700">
                <UserText>{name(p.department.name, p.department.nameUr)}</UserText> ·{' '}
                <UserText>{name(p.cycle.programme.name, p.cycle.programme.nameUr)}</UserText> ·{' '}
                <UserText>{localName(locale)(p.cycle)}</UserText>
              </p>
              <UserText block className="mt-2 max-w-3xl text-slate-800">
                {p.summary}
              </UserText>
              {p.impact.length ? (
                <ul className="mt-3 flex flex-wrap gap-3" aria-label={t.impact}>
                  {p.impact.map((f) => (
                    <li key={f.name} className="rounded bg-emerald-50 px-3 py-1 text-sm text-emerald-950">
                      <strong>
                        {formatNumber(f.value, locale)} <UserText>{f.unit}</UserText>
                      </strong>{' '}
                      · <UserText>{name(f.name, f.nameUr)}</UserText>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
