import Link from '@/components/ui/link'
import { auditActionLabel } from '@/lib/audit/labels'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime, parseKarachiLocal } from '@/lib/i18n/format'
import { firstParam, uuidParam } from '@/lib/server/page'
import { listAudit } from '@/lib/people/queries'
import { PageHeader, Table, Td } from '@/components/ui/basics'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { buttonClass, inputClass } from '@/components/ui/styles'

export const generateMetadata = titled((m) => m.admin.audit.title)

function Json({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-slate-500">—</span>
  return (
    <pre dir="ltr" tabIndex={0} className="max-h-48 max-w-md overflow-auto rounded bg-slate-50 p-2 text-xs break-all whitespace-pre-wrap">
      {JSON.stringify(value, null, 1)}
    </pre>
  )
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requirePermission('audit:read')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const [fromText, toText] = [firstParam(sp.from), firstParam(sp.to)]
  const f = {
    entityType: firstParam(sp.entityType),
    action: firstParam(sp.action),
    actorId: uuidParam(sp.actorId),
    entityId: firstParam(sp.entityId),
    from: fromText ? (parseKarachiLocal(fromText) ?? undefined) : undefined,
    to: toText ? (parseKarachiLocal(toText) ?? undefined) : undefined,
    page: pageFrom(sp.page),
  }
  // "To" a date means through the end of that day.
  if (f.to && toText?.length === 10) f.to = new Date(f.to.getTime() + 24 * 3600_000)
  const data = await listAudit(viewer, f)
  const t = m.admin.audit
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <form
        className="mb-4 grid grid-cols-1 items-end gap-3 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-6"
        role="search"
        aria-label={m.common.filter}
      >
        <div>
          <label htmlFor="a-type" className="block text-sm font-medium">
            {t.entityType}
          </label>
          <select id="a-type" name="entityType" defaultValue={f.entityType ?? ''} className={inputClass}>
            <option value="">{m.common.all}</option>
            {data.entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-action" className="block text-sm font-medium">
            {t.action}
          </label>
          <input id="a-action" name="action" defaultValue={f.action} className={inputClass} dir="ltr" />
        </div>
        <div>
          <label htmlFor="a-actor" className="block text-sm font-medium">
            {t.actor}
          </label>
          <select id="a-actor" name="actorId" defaultValue={f.actorId ?? ''} className={inputClass}>
            <option value="">{m.common.all}</option>
            {data.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-from" className="block text-sm font-medium">
            {t.from}
          </label>
          <input id="a-from" name="from" type="date" defaultValue={fromText} className={inputClass} />
        </div>
        <div>
          <label htmlFor="a-to" className="block text-sm font-medium">
            {t.to}
          </label>
          <input id="a-to" name="to" type="date" defaultValue={toText} className={inputClass} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass.secondary}>
            {m.common.filter}
          </button>
          <Link href="/staff/audit" className={buttonClass.link}>
            {m.common.clearFilters}
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-slate-700">{format(m.common.showingCount, { count: data.total }, locale)}</p>
      <Table caption={t.title} headers={[t.when, t.who, t.action, t.record, t.before, t.after]}>
        {data.rows.map((r) => (
          <tr key={r.id}>
            <Td className="whitespace-nowrap">{formatDateTime(r.createdAt, locale)}</Td>
            <Td>{r.actor?.name ?? t.system}</Td>
            <Td>
              {auditActionLabel(m, r.action)}
              <code dir="ltr" className="block text-xs text-slate-600">
                {r.action}
              </code>
            </Td>
            <Td>
              <Link
                href={`/staff/audit?entityType=${encodeURIComponent(r.entityType)}&entityId=${encodeURIComponent(r.entityId)}`}
                className="text-emerald-800 underline"
                dir="ltr"
              >
                {r.entityType} {r.entityId.slice(0, 8)}
              </Link>
            </Td>
            <Td>
              <Json value={r.before} />
            </Td>
            <Td>
              <Json value={r.after} />
            </Td>
          </tr>
        ))}
      </Table>
      <Pagination
        page={f.page}
        pageCount={data.pageCount}
        basePath="/staff/audit"
        params={{ entityType: f.entityType, action: f.action, actorId: f.actorId, entityId: f.entityId, from: fromText, to: toText }}
        m={m}
      />
    </>
  )
}
