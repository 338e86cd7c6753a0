// The fellow's own placement letter, printable, in English and Urdu.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPlacementLetter } from '@/lib/placement/queries/placement'
import { PageHeader } from '@/components/ui/basics'
import { PlacementLetter } from '@/components/placement/placement-letter'
import { PrintButton } from '@/components/placement/print-button'

export const generateMetadata = titled((m) => m.placement.letter.title)

export default async function FellowLetterPage({ params }: { params: Promise<{ placementId: string }> }) {
  const viewer = await requirePermission('preference:write:own')
  const { m, locale } = await getI18n()
  const placementId = idParam((await params).placementId)
  const letter = await orNotFound(getPlacementLetter(viewer, placementId))
  return (
    <>
      <div className="no-print">
        <PageHeader title={m.placement.letter.title} actions={<PrintButton label={m.placement.letter.print} />} />
        <p className="mb-4">
          <Link href="/fellow/preferences" className="font-medium text-emerald-800 underline">
            {m.placement.letter.back}
          </Link>
        </p>
      </div>
      <PlacementLetter letter={letter} locale={locale} />
    </>
  )
}
