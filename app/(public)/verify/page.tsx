// Check a certificate of completion: type the code printed on it. A well-formed code goes on to
// its page (/verify/<code>); anything else is refused beside the field. Never indexed.
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { firstParam } from '@/lib/server/page'
import { normaliseCode, verifyPath } from '@/lib/certificates/code'
import { PageHeader } from '@/components/ui/basics'
import { VerifyForm } from '@/components/certificates/verify-form'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.certificates.verify.title, robots: { index: false, follow: false } }
}

export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { m } = await getI18n()
  const typed = firstParam((await searchParams).code)
  if (typed !== undefined && typed.trim() !== '') {
    const code = normaliseCode(typed)
    if (code) redirect(verifyPath(code))
  }
  const t = m.certificates.verify
  const invalid = typed !== undefined && typed.trim() !== ''
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <VerifyForm m={m} value={invalid ? typed.slice(0, 40) : undefined} error={invalid ? t.invalid : undefined} />
    </>
  )
}
