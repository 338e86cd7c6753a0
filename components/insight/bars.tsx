// Simple bar charts drawn with CSS. A chart is one image to assistive technology (its label
// says where the same figures are); the data table beside it carries the numbers and links.
// Every bar shows its value as text, so no meaning rests on colour or length alone.
export interface Bar {
  label: string
  value: number | null
  /** Text shown at the end of the bar (defaults to the value). */
  text?: string
}

export function BarChart({ label, bars, max }: { label: string; bars: Bar[]; max?: number }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value ?? 0))
  return (
    <div role="img" aria-label={label} className="space-y-2">
      {bars.map((b, i) => (
        <div key={i} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-3 text-sm">
          <span className="truncate text-slate-800">{b.label}</span>
          <span className="flex items-center gap-2">
            <span className="h-4 rounded-e bg-emerald-700" style={{ width: `${b.value ? Math.max(1, (b.value / top) * 100) : 0}%` }} />
            <span className="font-medium whitespace-nowrap text-slate-900">{b.text ?? (b.value === null ? '' : String(b.value))}</span>
          </span>
        </div>
      ))}
    </div>
  )
}

export interface Segment {
  label: string
  value: number
  /** Tailwind background class; the legend names it, and the table gives the numbers. */
  tone: string
}

/** One bar per row, split into segments (e.g. on time, late, missing). */
export function StackedBars({ label, rows, legend }: { label: string; rows: { label: string; segments: Segment[] }[]; legend: Segment[] }) {
  const top = Math.max(1, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)))
  return (
    <div role="img" aria-label={label} className="space-y-2">
      <p className="flex flex-wrap gap-4 text-sm text-slate-800">
        {legend.map((l) => (
          <span key={l.label} className="inline-flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded-sm ${l.tone}`} />
            {l.label}
          </span>
        ))}
      </p>
      {rows.map((r, i) => (
        <div key={i} className="grid grid-cols-[minmax(6rem,12rem)_1fr] items-center gap-3 text-sm">
          <span className="truncate text-slate-800">{r.label}</span>
          <span className="flex h-4 overflow-hidden rounded-e bg-slate-100">
            {r.segments.map((s) =>
              s.value ? <span key={s.label} className={s.tone} style={{ width: `${(s.value / top) * 100}%` }} /> : null,
            )}
          </span>
        </div>
      ))}
    </div>
  )
}

/** A progress bar towards a target, with the share as text. */
export function TargetBar({ percent, text }: { percent: number | null; text: string }) {
  return (
    <span className="flex items-center gap-2">
      <span className="block h-3 w-24 overflow-hidden rounded bg-slate-200" aria-hidden="true">
        <span className="block h-3 bg-emerald-700" style={{ width: `${Math.min(100, percent ?? 0)}%` }} />
      </span>
      <span>{text}</span>
    </span>
  )
}
