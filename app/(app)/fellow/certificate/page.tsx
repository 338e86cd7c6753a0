// A fellow's certificate(s) of completion, to print or save as PDF (one A4 page each, English
// and Urdu). Alumni keep it: a completed fellowship still signs in as FELLOW.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { appUrl } from '@/lib/server/mailer'
import { myCertificates } from '@/lib/certificates/queries'
import { verifyPath } from '@/lib/certificates/code'
import { EmptyState, PageHeader } from '@/components/ui/basics'
import { PrintButton } from '@/components/placement/print-button'
import { CERTIFICATE_PRINT_CSS, CertificateSheet } from '@/components/certificates/certificate-sheet'
import { nastaliq } from '@/app/fonts'

export const generateMetadata = titled((m) => m.certificates.fellow.title)

export default async function FellowCertificatePage() {
  const viewer = await requirePermission('certificate:read:own')
  const { m, locale } = await getI18n()
  const certificates = await myCertificates(viewer)
  const t = m.certificates.fellow
  return (
    <>
      <style>{CERTIFICATE_PRINT_CSS}</style>
      <div className="no-print">
        <PageHeader title={t.title} description={t.intro} />
      </div>
      {certificates.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <div className="space-y-10">
          {certificates.map((c, i) => (
            <div key={c.id} className={`space-y-4 ${i > 0 ? 'print:break-before-page' : ''}`}>
              <div className="no-print flex flex-wrap items-center gap-4">
                {c.revokedAt ? (
                  <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-800">
                    {format(t.revoked, { date: formatDate(c.revokedAt, locale) }, locale)}
                  </p>
                ) : (
                  <PrintButton label={t.print} />
                )}
                <Link href={verifyPath(c.code)} className="font-medium text-emerald-800 underline">
                  {t.verifyLink}
                </Link>
              </div>
              <CertificateSheet certificate={c} verifyUrl={appUrl(verifyPath(c.code))} urduFontClass={nastaliq.className} />
            </div>
          ))}
        </div>
      )}
    </>
  )
}
