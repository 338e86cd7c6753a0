// Documentation of the open data: what each file holds, its fields, its stable addresses.
import type { Metadata } from 'next'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { OPEN_DATASETS, OPEN_FIELDS } from '@/lib/public/open-data-fields'
import { Card, PageHeader, Table, Td } from '@/components/ui/basics'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.pub.openData.title }
}

export default async function OpenDataPage() {
  const { m } = await getI18n()
  const t = m.pub.openData
  const docs = m.pub.fieldDocs as Record<string, string>
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <div className="max-w-4xl space-y-6">
        <p className="text-slate-800">{t.licence}</p>
        <p className="text-slate-800">{t.updated}</p>
        <ul className="list-disc space-y-1 ps-6 text-sm text-slate-700">
          <li>{t.fieldNotes.listSeparator}</li>
          <li>{t.fieldNotes.dates}</li>
        </ul>
        <h2 className="text-xl font-semibold">{t.datasets}</h2>
        {OPEN_DATASETS.map((d) => (
          <Card key={d}>
            <h3 id={d} className="mb-1 text-lg font-semibold">
              {t.sets[d].title}
            </h3>
            <p className="mb-3 text-slate-800">{t.sets[d].about}</p>
            <p className="mb-3">
              <span className="me-2 font-medium">{t.formats}:</span>
              <a href={`/open-data/${d}.csv`} className="me-4 font-mono text-emerald-800 underline" dir="ltr">
                /open-data/{d}.csv
              </a>
              <a href={`/open-data/${d}.json`} className="font-mono text-emerald-800 underline" dir="ltr">
                /open-data/{d}.json
              </a>
            </p>
            <Table caption={format(t.caption, { dataset: t.sets[d].title })} headers={[t.field, t.meaning]}>
              {OPEN_FIELDS[d].map((f) => (
                <tr key={f}>
                  <Td>
                    <code dir="ltr">{f}</code>
                  </Td>
                  <Td>{docs[f] ?? ''}</Td>
                </tr>
              ))}
            </Table>
          </Card>
        ))}
      </div>
    </>
  )
}
