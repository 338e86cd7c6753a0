// One completed project: the problem, what was delivered, and its public impact figures.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate, formatNumber } from '@/lib/i18n/format'
import { uuidParam } from '@/lib/server/page'
import { getCompletedProject } from '@/lib/public/projects'
import { Card, PageHeader, Table, Td } from '@/components/ui/basics'
import { localName, localText } from '@/lib/i18n/local-text'
import { UserText } from '@/components/ui/user-text'

type Params = Promise<{ id: string }>

async function load(params: Params) {
  const id = uuidParam((await params).id)
  return id ? getCompletedProject(id) : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ locale }, p] = await Promise.all([getI18n(), load(params)])
  return { title: p ? localText(locale, p.title, p.titleUr) : undefined }
}

export default async function ProjectPage({ params }: { params: Params }) {
  const { m, locale } = await getI18n()
  const p = await load(params)
  if (!p) notFound()
  const t = m.pub.projects
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  const title = name(p.title, p.titleUr)
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            <UserText>{name(p.department.name, p.department.nameUr)}</UserText> ·{' '}
            <UserText>{name(p.cycle.programme.name, p.cycle.programme.nameUr)}</UserText> ·{' '}
            <UserText>{localName(locale)(p.cycle)}</UserText>
          </>
        }
      />
      <div className="max-w-4xl space-y-6">
        <Card title={t.problem}>
          <UserText block className="text-slate-800">
            {name(p.problemStatement, p.problemStatementUr)}
          </UserText>
        </Card>
        {p.summary || p.expectedOutcomes ? (
          <Card title={t.outcome}>
            <UserText block className="text-slate-800">
              {p.summary ?? p.expectedOutcomes}
            </UserText>
          </Card>
        ) : null}
        {p.impact.length ? (
          <section aria-labelledby="impact">
            <h2 id="impact" className="mb-3 text-xl font-semibold">
              {t.impact}
            </h2>
            <Table caption={format(t.impactCaption, { project: title })} headers={[t.measure, t.figure, t.target, t.asOf]}>
              {p.impact.map((f) => (
                <tr key={f.name}>
                  <Td>{name(f.name, f.nameUr)}</Td>
                  <Td>
                    {formatNumber(f.value, locale)} <UserText>{f.unit}</UserText>
                  </Td>
                  <Td>
                    {f.target === null ? (
                      '—'
                    ) : (
                      <>
                        {formatNumber(f.target, locale)} <UserText>{f.unit}</UserText>
                      </>
                    )}
                  </Td>
                  <Td>{formatDate(f.recordedOn, locale)}</Td>
                </tr>
              ))}
            </Table>
          </section>
        ) : null}
        <p>
          <Link href="/projects" className="font-medium text-emerald-800 underline">
            {t.back}
          </Link>
        </p>
      </div>
    </>
  )
}
