import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { Card } from '@/components/ui/basics'
import { TokenSignIn } from '@/components/token-sign-in'

export const generateMetadata = titled((m) => m.auth.linkTitle)

export default async function SignInLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { m } = await getI18n()
  const { token } = await searchParams
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="mb-2 text-2xl font-bold">{m.auth.linkTitle}</h1>
        <p className="mb-4 text-slate-700">{token ? m.auth.linkIntro : m.errors.tokenInvalid}</p>
        {token ? <TokenSignIn token={token} purpose="link" label={m.auth.linkButton} /> : null}
      </Card>
    </div>
  )
}
