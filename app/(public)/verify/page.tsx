// Check a certificate of completion: type the code printed on it. A code that exists goes on to
// its page (/verify/<code>); one that does not, or is not a code at all, is said here beside the
// form (a plain GET: it works without JavaScript, where Next's not-found page would come out
// blank). Lookups count against the address's limit (lib/certificates/verify.ts). Never indexed.
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { firstParam } from '@/lib/server/page'
import { requestIp } from '@/lib/server/client-ip'
import { normaliseCode, verifyPath } from '@/lib/certificates/code'
import { verifyCertificate } from '@/lib/certificates/verify'
import { PageHeader } from '@/components/ui/basics'
import { VerifyForm } from '@/components/certificates/verify-form'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.certificates.verify.title, robots: { index: false, follow: false } }
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { m } = await getI18n()
  const t = m.certificates.verify
  const typed = firstParam((await searchParams).code)?.trim()
  let problem: string | undefined
  let unknown = false
  if (typed) {
    const code = normaliseCode(typed)
    if (!code) problem = t.invalid
    else {
      const result = await verifyCertificate(code, await requestIp())
      if (result.state === 'found') redirect(verifyPath(code))
      if (result.state === 'limited') problem = t.limited
      else unknown = true
    }
  }
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {unknown ? (
        <div role="alert" className="mb-4 max-w-xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          <h2 className="font-semibold">{t.notFoundTitle}</h2>
          <p>{t.notFound}</p>
        </div>
      ) : null}
      <VerifyForm m={m} value={typed ? typed.slice(0, 40) : undefined} error={problem} />
    </>
  )
}
