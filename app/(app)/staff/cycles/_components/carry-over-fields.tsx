// A new cycle's carry-over choices: the earlier cycle to copy from and which parts of its
// set-up (lib/cycles/templates/carry-over.ts). Plain fields: they work without JavaScript.
import type { Messages } from '@/lib/i18n/messages'
import { CARRY_PARTS } from '@/lib/cycles/templates/schema'
import { SelectField } from '@/components/ui/form'

export function CarryOverFields({ m, sources }: { m: Messages; sources: { id: string; label: string }[] }) {
  const t = m.staffTools.carry
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-300 p-4 md:col-span-2">
      <legend className="px-1 font-semibold">{t.legend}</legend>
      <p className="text-sm text-slate-700">{t.hint}</p>
      <SelectField name="carryFromId" label={t.from} placeholder={t.none} options={sources.map((s) => ({ value: s.id, label: s.label }))} />
      <fieldset>
        <legend className="text-sm font-medium">{t.partsLegend}</legend>
        <ul className="mt-2 grid grid-cols-1 gap-2 md:grid-cols-2">
          {CARRY_PARTS.map((p) => (
            <li key={p} className="flex items-start gap-2">
              <input
                id={`carry-${p}`}
                type="checkbox"
                name="carry"
                value={p}
                defaultChecked
                className="mt-1 h-4 w-4 rounded border-slate-500 text-emerald-800 focus:ring-emerald-700"
              />
              <label htmlFor={`carry-${p}`} className="text-sm text-slate-900">
                {t.parts[p]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </fieldset>
  )
}
