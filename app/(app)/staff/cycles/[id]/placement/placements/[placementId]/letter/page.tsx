// The printable placement letter for one fellow, as staff print it.
import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPlacementLetter } from '@/lib/placement/queries/placement'
import { PageHeader } from '@/components/ui/basics'
import { PlacementLetter } from '@/components/placement/placement-letter'
import { PrintButton } from '@/components/placement/print-button'

export const generateMetadata = titled((m) => m.placement.letter.title)

export default async function StaffLetterPage({ params }: { params: Promise<{ id: string; placementId: string }> }) {
  const viewer = await requirePermission('placement:manage')
  const { m, locale } = await getI18n()
  const raw = await params
  const id = idParam(raw.id)
  const placementId = idParam(raw.placementId)
  const letter = await orNotFound(getPlacementLetter(viewer, placementId))
  // The URL's cycle must be the letter's cycle: no reading other cycles through this path.
  if (letter.fellowship.cycle.id !== id) notFound()
  return (
    <>
      <div className="no-print">
        <PageHeader
          title={m.placement.letter.title}
          description={letter.fellowship.user.name}
          actions={<PrintButton label={m.placement.letter.print} />}
        />
        <p className="mb-4">
          <Link href={`/staff/cycles/${id}/placement/placements/${placementId}`} className="font-medium text-emerald-800 underline">
            {m.placement.letter.back}
          </Link>
        </p>
      </div>
      <PlacementLetter letter={letter} locale={locale} />
    </>
  )
}
