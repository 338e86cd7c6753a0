// An unknown code (404): said plainly, with the form to type it again.
import { getI18n } from '@/lib/i18n/server'
import { PageHeader } from '@/components/ui/basics'
import { VerifyForm } from '@/components/certificates/verify-form'

export default async function CertificateNotFound() {
  const { m } = await getI18n()
  const t = m.certificates.verify
  return (
    <>
      <PageHeader title={t.notFoundTitle} description={t.notFound} />
      <VerifyForm m={m} />
    </>
  )
}
