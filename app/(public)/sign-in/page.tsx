import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { redirect } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { getViewer } from '@/lib/request/viewer'
import { homeFor } from '@/lib/auth/roles'
import { demoAccounts, DEMO_PASSWORD, demoMode } from '@/lib/demo'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { Card } from '@/components/ui/basics'
import { fill } from '@/components/ui/user-text'
import { requestLinkAction, signInAction } from './actions'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.common.signIn }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const viewer = await getViewer()
  if (viewer) redirect(homeFor(viewer.role))
  const { m, locale } = await getI18n()
  const { next } = await searchParams
  return (
    <div className="mx-auto grid max-w-4xl gap-6 md:grid-cols-2">
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">{m.auth.signInTitle}</h1>
          <p className="mt-1 text-slate-700">{m.auth.signInIntro}</p>
        </div>
        <Card>
          {/* A server action: a POST with or without JavaScript, errors beside the fields. */}
          <ActionForm action={signInAction} submitLabel={m.auth.signInButton} aria-label={m.auth.signInTitle}>
            {typeof next === 'string' ? <Hidden name="next" value={next} /> : null}
            <TextField name="email" type="email" label={m.common.email} required autoComplete="email" dir="ltr" />
            <TextField name="password" type="password" label={m.auth.password} required autoComplete="current-password" dir="ltr" />
          </ActionForm>
          <p className="mt-4 text-sm">
            <Link href="/forgot-password" className="font-medium text-emerald-800 underline">
              {m.auth.forgot}
            </Link>
          </p>
        </Card>
        <Card title={m.auth.orLink}>
          <ActionForm action={requestLinkAction} submitLabel={m.auth.sendLink} submitVariant="secondary" aria-label={m.auth.orLink}>
            <TextField name="email" type="email" label={m.common.email} required autoComplete="email" dir="ltr" />
          </ActionForm>
        </Card>
        <p className="text-sm">
          <Link href="/sign-up" className="font-medium text-emerald-800 underline">
            {m.auth.noAccount}
          </Link>
        </p>
      </div>
      {demoMode() ? (
        <Card title={m.auth.demoTitle}>
          <p className="mb-3 text-sm text-slate-700">
            {fill(
              m.auth.demoIntro,
              {
                password: (
                  <span dir="ltr" className="font-mono">
                    {DEMO_PASSWORD}
                  </span>
                ),
              },
              locale,
            )}
          </p>
          <ul className="space-y-2 text-sm">
            {demoAccounts.map((a) => (
              <li key={a.email}>
                <span className="font-semibold">{m.common.roles[a.role]}</span>:{' '}
                <span dir="ltr" className="font-mono">
                  {a.email}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  )
}
