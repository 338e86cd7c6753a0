// Exporting a dataset as CSV: the filtered rows as on screen, after the personal-data warning
// was acknowledged, with an audit row saying who exported what. Rows stream out in batches.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { BOM, csvRow } from '../../csv'
import { toKarachiLocal } from '../../i18n/format'
import { countDataset, datasetBatches } from '../datasets/list'
import { filterParams, type Dataset, type DatasetFilter } from '../datasets/schema'
import { COLUMNS } from './columns'

export interface CsvExport {
  filename: string
  rows: number
  body: ReadableStream<Uint8Array>
}

export async function exportDataset(viewer: Viewer, dataset: Dataset, filter: DatasetFilter, acknowledged: boolean): Promise<CsvExport> {
  permit('export:run')(viewer)
  if (!acknowledged) throw new AppError('INVALID', 'insight.export.ackRequired', { ack: 'insight.export.ackRequired' })
  const rows = await countDataset(viewer, dataset, filter)
  await write(viewer, permit('export:run'), async (_tx, uow) => {
    await uow.audit({
      action: 'export.csv',
      entityType: 'Export',
      entityId: dataset,
      after: { dataset, filter: filterParams(filter), rows, personalData: true },
    })
  })
  const columns = COLUMNS[dataset]
  const encoder = new TextEncoder()
  const batches = datasetBatches(dataset, filter)
  let started = false
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(BOM + csvRow(columns.headers)))
        return
      }
      const next = await batches.next()
      if (next.done) return controller.close()
      controller.enqueue(encoder.encode(next.value.map((r) => csvRow(columns.cells(r))).join('')))
    },
    async cancel() {
      await batches.return(undefined)
    },
  })
  return { filename: `daftar-${dataset}-${toKarachiLocal(new Date(), false)}.csv`, rows, body }
}

/** Reads a whole export into a string (tests, and small exports). */
export async function readExport(e: CsvExport): Promise<string> {
  // Kept byte for byte: the byte-order mark is what makes Excel read Urdu correctly.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(e.body).arrayBuffer())
}
