// What a list of records is filtered by, in words, each filter removable (on the list page).
import Link from '@/components/ui/link'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { districtLabel } from '@/lib/recruitment/districts'
import { dataHref, type Dataset, type DatasetFilter } from '@/lib/insight/datasets/schema'
import type { Named } from '@/lib/insight/datasets/labels'
import { localText } from '@/lib/i18n/local-text'

type Names = Record<'cycle' | 'programme' | 'department' | 'project', Named | null>

export function describeFilter(
  dataset: Dataset,
  f: DatasetFilter,
  names: Names,
  m: Messages,
  locale: Locale,
): [keyof DatasetFilter, string][] {
  const t = m.insight.data
  const named = (n: Named | null, fallback: string) => (n ? localText(locale, n.name, n.nameUr) : fallback)
  const statusLabel = (s: string) => {
    const maps: Partial<Record<Dataset, Record<string, string>>> = {
      fellows: t.fellowStatuses,
      placements: t.placementStatuses,
      deliverables: m.insight.dashboard.deliverables.statuses,
    }
    return maps[dataset]?.[s] ?? s
  }
  const out: [keyof DatasetFilter, string][] = []
  for (const [k, v] of Object.entries(f) as [keyof DatasetFilter, unknown][]) {
    if (v === undefined) continue
    let text: string
    switch (k) {
      case 'cycle':
      case 'programme':
      case 'department':
      case 'project':
        text = named(names[k], String(v))
        break
      case 'step':
        text = m.insight.dashboard.funnel.steps[v as keyof typeof m.insight.dashboard.funnel.steps]
        break
      case 'gender':
        text = m.common.genders[v as keyof typeof m.common.genders]
        break
      case 'region':
        text = m.insight.equity.regions[v as keyof typeof m.insight.equity.regions]
        break
      case 'district':
        text = districtLabel(String(v), locale)
        break
      case 'status':
        text = statusLabel(String(v))
        break
      case 'placed':
        text = t.placedValues[v as 'yes' | 'no']
        break
      case 'state':
        text = t.states[v as keyof typeof t.states]
        break
      case 'period':
      case 'missingPeriod':
        text = String(Number(v) + 1)
        break
      default:
        text = String(v)
    }
    out.push([k, `${t.f[k]}: ${text}`])
  }
  return out
}

export function FilterChips({
  dataset,
  filter,
  items,
  m,
  removable,
}: {
  dataset: Dataset
  filter: DatasetFilter
  items: [keyof DatasetFilter, string][]
  m: Messages
  removable: boolean
}) {
  const t = m.insight.data
  if (!items.length) return <p className="text-sm text-slate-700">{t.noFilters}</p>
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t.activeFilters}>
      {items.map(([k, text]) => (
        <li key={k} className="inline-flex items-center gap-2 rounded-full bg-white px-3 py-1 text-sm ring-1 ring-slate-300">
          {text}
          {removable ? (
            <Link
              href={dataHref(dataset, { ...filter, [k]: undefined })}
              className="font-bold text-emerald-800 underline"
              aria-label={format(t.removeFilter, { filter: text })}
            >
              ×
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
