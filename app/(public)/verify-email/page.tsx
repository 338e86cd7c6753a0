import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card } from '@/components/ui/basics'
import { TokenSignIn } from '@/components/token-sign-in'

export const generateMetadata = titled((m) => m.auth.verifyTitle)

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string; next?: string }> }) {
  const { m } = await getI18n()
  const { token, next } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{m.auth.verifyTitle}</h1>
        <p className="mb-4 text-slate-700">{token ? m.auth.verifyIntro : m.errors.tokenInvalid}</p>
        {token ? <TokenSignIn token={token} purpose="verify" label={m.auth.linkButton} next={next} /> : null}
      </Card>
    </div>
  )
}
