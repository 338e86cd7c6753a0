'use client'
// The import form: kind, cycle and file; "Check the file" runs the dry run and shows the column
// mapping and every bad row with its errors; "Import" writes. Without JavaScript the whole file
// posts and the page shows the finished import; with it, the file is read here (papaparse) and
// sent in chunks of IMPORT_CHUNK rows, with a progress bar, each chunk checked again on the server.
import { startTransition, useActionState, useRef, useState, useTransition } from 'react'
import { useRouter } from 'next/navigation'
import type { ActionState } from '@/lib/server/action-state'
import { format } from '@/lib/i18n/define'
import type { Messages } from '@/lib/i18n/messages'
import { useLocale } from '@/components/i18n-provider'
import { buttonClass, inputClass } from '@/components/ui/styles'
import { FIELDS_BY_KIND, IMPORT_KINDS, REQUIRED_FIELDS, guessMapping, type ColumnMapping, type ImportField } from '@/lib/imports/columns'
import { IMPORT_CHUNK, parseCsv } from '@/lib/imports/parse'
import type { RowProblem } from '@/lib/imports/values'
import type { ImportState } from '../state'

type Action<S> = (prev: S, fd: FormData) => Promise<S>

interface Props {
  cycles: { value: string; label: string }[]
  importFileAction: Action<ImportState>
  startImportAction: Action<ActionState>
  importChunkAction: Action<ActionState>
  /** This page's words (the client catalogue holds only the common ones). */
  t: Messages['imports']
}

type Words = Messages['imports']
const problemText = (t: Words, p: RowProblem) => t.errors[p.message.replace('imports.errors.', '') as keyof Words['errors']] ?? p.message

async function sha256(text: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function ImportForm({ cycles, importFileAction, startImportAction, importChunkAction, t }: Props) {
  const locale = useLocale()
  const router = useRouter()
  const [serverState, formAction] = useActionState(importFileAction, { ok: false })
  const [clientState, setClientState] = useState<ImportState | null>(null)
  const [pending, startSubmit] = useTransition()
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const state = clientState ?? serverState
  const values = state.values ?? {}
  const [kind, setKind] = useState<string>(values.kind ?? 'APPLICANTS')
  const fileRef = useRef<File | null>(null)
  const preview = state.preview
  const fields = FIELDS_BY_KIND[(IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as (typeof IMPORT_KINDS)[number]) : 'APPLICANTS']
  const err = (name: string) => state.fieldErrors?.[name]

  /** The import from the browser: read the file here, open a run, send it chunk by chunk. */
  async function importInChunks(fd: FormData): Promise<ImportState> {
    const chosen = fd.get('file')
    const file = fileRef.current ?? (chosen instanceof File && chosen.size ? chosen : null)
    const pasted = String(fd.get('csv') ?? '')
    if (!file && !pasted.trim()) return { ok: false, fieldErrors: { csv: t.errors.noFile } }
    const text = file ? await file.text() : pasted
    const parsed = parseCsv(text)
    if (!parsed.ok) return { ok: false, fieldErrors: { csv: t.errors[parsed.error] } }
    const start = new FormData()
    for (const k of ['kind', 'cycleId']) start.set(k, String(fd.get(k) ?? ''))
    const k = String(fd.get('kind')) as (typeof IMPORT_KINDS)[number]
    const mapping: ColumnMapping = fd.get('mapped') === '1' ? mappingOf(fd) : guessMapping(k, parsed.headers)
    start.set('mapped', '1')
    for (const [f, i] of Object.entries(mapping)) start.set(`map_${f}`, String(i))
    start.set('fileName', file?.name || 'pasted.csv')
    start.set('fileSha256', await sha256(text))
    start.set('totalRows', String(parsed.rows.length))
    const opened = await startImportAction({ ok: false }, start)
    if (!opened.ok) return opened
    const runId = String(opened.data?.runId)
    setProgress({ done: 0, total: parsed.rows.length })
    let last: ActionState = opened
    for (let i = 0; i < parsed.rows.length; i += IMPORT_CHUNK) {
      const chunk = new FormData()
      chunk.set('runId', runId)
      chunk.set('firstRow', String(i + 2))
      chunk.set('rows', JSON.stringify(parsed.rows.slice(i, i + IMPORT_CHUNK)))
      last = await importChunkAction({ ok: false }, chunk)
      if (!last.ok) return last
      setProgress({ done: Number(last.data?.processedRows ?? 0), total: parsed.rows.length })
    }
    const d = last.data ?? {}
    return {
      ok: true,
      done: { created: Number(d.created), updated: Number(d.updated), skipped: Number(d.skipped), errors: Number(d.errors) },
    }
  }

  return (
    <form
      action={formAction}
      noValidate
      aria-label={t.title}
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault()
        const submitter = (e.nativeEvent as SubmitEvent).submitter
        const fd = new FormData(e.currentTarget, submitter instanceof HTMLElement ? submitter : undefined)
        setProgress(null)
        startSubmit(async () => {
          const res = fd.get('intent') === 'import' ? await importInChunks(fd) : await importFileAction(state, fd)
          startTransition(() =>
            setClientState({
              ...res,
              values: Object.fromEntries([...fd.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>,
            }),
          )
          if (res.done) router.refresh()
        })
      }}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="import-kind" className="block text-sm font-medium">
            {t.kind}
          </label>
          <select id="import-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)} className={`${inputClass} w-full`}>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-cycle" className="block text-sm font-medium">
            {t.cycle}
          </label>
          <select
            id="import-cycle"
            name="cycleId"
            defaultValue={values.cycleId ?? ''}
            className={`${inputClass} w-full`}
            aria-invalid={err('cycleId') ? true : undefined}
            aria-describedby={err('cycleId') ? 'import-cycle-error' : undefined}
          >
            <option value="">—</option>
            {cycles.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          {err('cycleId') ? (
            <p id="import-cycle-error" className="mt-1 text-sm text-red-700">
              {err('cycleId')}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t.file}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            className={`${inputClass} w-full`}
            onChange={(e) => (fileRef.current = e.target.files?.[0] ?? null)}
            aria-describedby="import-file-hint"
          />
          <p id="import-file-hint" className="mt-1 text-sm text-slate-600">
            {t.fileHint}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor="import-csv" className="block text-sm font-medium">
          {t.paste}
        </label>
        <textarea
          id="import-csv"
          name="csv"
          rows={3}
          dir="auto"
          defaultValue={values.csv ?? ''}
          className={`${inputClass} w-full font-mono text-sm`}
          aria-invalid={err('csv') ? true : undefined}
          aria-describedby={`import-csv-hint${err('csv') ? ' import-csv-error' : ''}`}
        />
        <p id="import-csv-hint" className="mt-1 text-sm text-slate-600">
          {t.pasteHint}
        </p>
        {err('csv') ? (
          <p id="import-csv-error" className="mt-1 text-sm font-medium text-red-700">
            {err('csv')}
          </p>
        ) : null}
      </div>

      {preview ? (
        <fieldset className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t.mappingTitle}</legend>
          <p className="mb-3 text-sm text-slate-700">{t.mappingHint}</p>
          <input type="hidden" name="mapped" value="1" />
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {fields.map((f: ImportField) => (
              <div key={f}>
                <label htmlFor={`map-${f}`} className="block text-sm font-medium">
                  {t.fields[f]}
                  {REQUIRED_FIELDS.includes(f) ? ` (${t.required})` : ''}
                </label>
                <select id={`map-${f}`} name={`map_${f}`} defaultValue={preview.mapping[f] ?? ''} className={`${inputClass} w-full`}>
                  <option value="">{t.notInFile}</option>
                  {preview.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {format(t.column, { n: i + 1, name: h }, locale)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="preview" disabled={pending} className={buttonClass.secondary}>
          {t.preview}
        </button>
        <button type="submit" name="intent" value="import" disabled={pending} className={buttonClass.primary}>
          {t.importNow}
        </button>
      </div>

      <div aria-live="polite" role="status" className="space-y-3">
        {progress ? (
          <div>
            <p className="text-sm font-medium" id="import-progress-label">
              {t.progress}: {format(t.progressLabel, { done: progress.done, total: progress.total }, locale)}
            </p>
            <div
              role="progressbar"
              aria-labelledby="import-progress-label"
              aria-valuemin={0}
              aria-valuemax={progress.total}
              aria-valuenow={progress.done}
              className="mt-1 h-3 w-full overflow-hidden rounded bg-slate-200"
            >
              <div
                className="h-3 bg-emerald-700"
                style={{ width: `${progress.total ? Math.round((progress.done / progress.total) * 100) : 0}%` }}
              />
            </div>
          </div>
        ) : null}
        {state.formError && !state.fieldErrors?.csv ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{state.formError}</p>
        ) : null}
        {state.done ? (
          <div className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
            <p className="font-semibold">{t.doneTitle}</p>
            <p>{format(t.runCounts, state.done, locale)}</p>
          </div>
        ) : null}
      </div>

      {preview ? <PreviewTables preview={preview} t={t} locale={locale} /> : null}
    </form>
  )
}

function mappingOf(fd: FormData): ColumnMapping {
  const out: ColumnMapping = {}
  for (const [k, v] of fd.entries()) if (k.startsWith('map_') && v !== '') out[k.slice(4) as ImportField] = Number(v)
  return out
}

function PreviewTables({ preview, t, locale }: { preview: NonNullable<ImportState['preview']>; t: Words; locale: 'en' | 'ur' }) {
  return (
    <div className="space-y-4">
      <div className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sky-950">
        <p className="font-semibold">{t.dryRunTitle}</p>
        <p>{format(t.totalRows, { n: preview.totalRows }, locale)}</p>
        {preview.missing.length ? (
          <p className="text-red-800">{t.errors.unmapped}</p>
        ) : (
          <p>{format(t.dryRunCounts, preview.counts, locale)}</p>
        )}
        <p className="text-sm">{t.chooseAgain}</p>
      </div>
      {preview.bad.length ? <RowsTable caption={t.badCaption} headers={preview.headers} rows={preview.bad} t={t} /> : null}
      <RowsTable caption={t.previewCaption} headers={preview.headers} rows={preview.sample} t={t} />
    </div>
  )
}

function RowsTable({
  caption,
  headers,
  rows,
  t,
}: {
  caption: string
  headers: string[]
  rows: { row: number; cells: string[]; problems: RowProblem[] }[]
  t: Words
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-start">
            <th scope="col" className="px-2 py-1 text-start">
              {t.rowNo}
            </th>
            <th scope="col" className="px-2 py-1 text-start">
              {t.problems}
            </th>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-2 py-1 text-start">
                <bdi>{h}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={`border-b border-slate-200 ${r.problems.length ? 'bg-red-50' : ''}`} data-row={r.row}>
              <th scope="row" className="px-2 py-1 text-start font-medium">
                {r.row}
              </th>
              <td className="px-2 py-1">
                {r.problems.length ? (
                  <ul className="text-red-800">
                    {r.problems.map((p, i) => (
                      <li key={i}>
                        {t.fields[p.field as ImportField] ?? ''}: {problemText(t, p)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-emerald-800">{t.ok}</span>
                )}
              </td>
              {headers.map((_, i) => (
                <td key={i} className="px-2 py-1" dir="auto">
                  {r.cells[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
