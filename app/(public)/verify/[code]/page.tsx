// A certificate's public verification page: only what it certifies (name, programme, cycle,
// dates) and whether it stands (valid, or revoked on a day: never why). Read fresh on every
// visit, not from the public page cache, so a revocation shows at once. Unknown codes are a
// 404; lookups are limited per address (lib/certificates/verify.ts). Never indexed.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import { requestIp } from '@/lib/server/client-ip'
import { verifyCertificate } from '@/lib/certificates/verify'
import { displayCode } from '@/lib/certificates/code'
import { Badge, Card, DefinitionList, PageHeader } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.certificates.verify.title, robots: { index: false, follow: false } }
}

export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const { m, locale } = await getI18n()
  const t = m.certificates.verify
  const raw = (await params).code
  let typed: string
  try {
    typed = decodeURIComponent(raw)
  } catch {
    notFound()
  }
  const result = await verifyCertificate(typed, await requestIp())
  if (result.state === 'unknown') notFound()
  if (result.state === 'limited') {
    return (
      <>
        <PageHeader title={t.title} />
        <p role="alert" className="max-w-xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t.limited}
        </p>
      </>
    )
  }
  const c = result.certificate
  return (
    <>
      <PageHeader
        title={t.resultTitle}
        description={
          <span dir="ltr" className="font-mono">
            {displayCode(c.code)}
          </span>
        }
      />
      <div className="max-w-2xl space-y-6">
        <Card>
          <p className="mb-4" data-testid="verification-status">
            {c.revokedAt ? (
              <>
                <Badge tone="bad">{format(t.revoked, { date: formatDate(c.revokedAt, locale) }, locale)}</Badge>{' '}
                <span>{t.revokedNote}</span>
              </>
            ) : (
              <>
                <Badge tone="good">{t.valid}</Badge> <span>{t.validNote}</span>
              </>
            )}
          </p>
          <DefinitionList
            items={[
              [t.name, <UserText key="n">{c.recipientName}</UserText>],
              [t.programme, <UserText key="p">{localText(locale, c.programmeName, c.programmeNameUr)}</UserText>],
              [t.cycle, <UserText key="c">{localText(locale, c.cycleName, c.cycleNameUr)}</UserText>],
              [t.dates, format(t.datesRange, { start: formatDate(c.startDate, locale), end: formatDate(c.endDate, locale) }, locale)],
              [t.issued, formatDate(c.issuedAt, locale)],
            ]}
          />
        </Card>
        <Link href="/verify" className="font-medium text-emerald-800 underline">
          {t.another}
        </Link>
      </div>
    </>
  )
}
