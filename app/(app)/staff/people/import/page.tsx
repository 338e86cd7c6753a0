// Importing past applicants, fellows and alumni from a CSV file: the form (dry run, then import
// with progress) and the imports so far, each with its counts and the rows it refused.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import { importCycleOptions, listImportRuns } from '@/lib/imports/queries'
import { translateKey } from '@/lib/i18n/translate'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ImportForm } from './_components/import-form'
import { importChunkAction, importFileAction, startImportAction } from './actions'

export const generateMetadata = titled((m) => m.imports.title)

const tones = { PREVIEWED: 'neutral', RUNNING: 'info', DONE: 'good', FAILED: 'bad' } as const

export default async function ImportPage() {
  const viewer = await requirePermission('application:manage')
  const { m, locale } = await getI18n()
  const t = m.imports
  const [cycles, runs] = await Promise.all([importCycleOptions(viewer), listImportRuns(viewer)])
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <LinkButton href="/staff/people/search" variant="secondary">
            {m.personSearch.nav}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <Card>
          <ImportForm
            t={t}
            cycles={cycles.map((c) => ({
              value: c.id,
              label: `${localText(locale, c.programme.name, c.programme.nameUr)}: ${localText(locale, c.name, c.nameUr)}`,
            }))}
            importFileAction={importFileAction}
            startImportAction={startImportAction}
            importChunkAction={importChunkAction}
          />
        </Card>
        <Card title={t.historyTitle}>
          {runs.length ? (
            <Table caption={t.historyTitle} headers={[t.when, t.kind, t.cycle, t.fileName, t.by, t.rows, t.result]}>
              {runs.map((r) => (
                <tr key={r.id}>
                  <Td>{formatDateTime(r.createdAt, locale)}</Td>
                  <Td>{t.kindShort[r.kind]}</Td>
                  <Td>{r.cycle ? <UserText>{localText(locale, r.cycle.name, r.cycle.nameUr)}</UserText> : '—'}</Td>
                  <Td>
                    <UserText>{r.fileName}</UserText>
                  </Td>
                  <Td>
                    <UserText>{r.startedBy.name}</UserText>
                  </Td>
                  <Td>
                    {r.status === 'RUNNING' ? format(t.progressLabel, { done: r.processedRows, total: r.totalRows }, locale) : r.totalRows}
                  </Td>
                  <Td>
                    <Badge tone={tones[r.status]}>{t.statuses[r.status]}</Badge>{' '}
                    {format(
                      t.runCounts,
                      { created: r.createdCount, updated: r.updatedCount, skipped: r.skippedCount, errors: r.errorCount },
                      locale,
                    )}
                    {r.errors.length ? (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-sm text-emerald-800">{t.errorsOfRun}</summary>
                        <ul className="mt-1 space-y-0.5 text-sm">
                          {r.errors.map((p, i) => (
                            <li key={i}>
                              {t.rowNo} {p.row} · {t.fields[p.field as keyof typeof t.fields] ?? ''}
                              {p.value ? (
                                <>
                                  {' '}
                                  (<UserText>{p.value}</UserText>)
                                </>
                              ) : null}
                              : {translateKey(m, p.message)}
                            </li>
                          ))}
                        </ul>
                      </details>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </Table>
          ) : (
            <EmptyState>{t.noHistory}</EmptyState>
          )}
        </Card>
      </div>
    </>
  )
}
