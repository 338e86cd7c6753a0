'use client'
// Opens the browser's print dialog (for placement letters).
import { buttonClass } from '@/components/ui/styles'

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={`${buttonClass.primary} no-print`} onClick={() => window.print()}>
      {label}
    </button>
  )
}
