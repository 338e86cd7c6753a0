// Open data files at stable addresses: /open-data/<dataset>.csv and /open-data/<dataset>.json.
// Public, cacheable for five minutes, and free of personal data (lib/public/open-data.ts).
import { BOM, csvRow } from '@/lib/csv'
import { OPEN_DATASETS, OPEN_FIELDS, openData, type OpenDataset } from '@/lib/public/open-data'

export const dynamic = 'force-dynamic'

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([a-z]+)\.(csv|json)$/.exec((await params).file)
  const name = match?.[1] as OpenDataset | undefined
  if (!match || !name || !OPEN_DATASETS.includes(name)) return new Response('Not found', { status: 404 })
  const data = await openData(name)
  const headers = {
    'Cache-Control': 'public, max-age=300',
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  }
  if (match[2] === 'json') {
    return new Response(
      JSON.stringify({ dataset: name, licence: 'CC-BY-4.0', generatedAt: new Date().toISOString(), records: data.json }, null, 2),
      {
        headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
      },
    )
  }
  const body = BOM + csvRow(OPEN_FIELDS[name]) + data.rows.map((r) => csvRow(r)).join('')
  return new Response(body, {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `inline; filename="daftar-${name}.csv"` },
  })
}
