'use server'
// Signs out on the server: ends the session (its row, so a copy of the cookie stops working)
// and clears next-auth's cookies, so the signed-in shell does not ship next-auth's browser
// library just for this button.
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { endSession, sessionIdOf } from '@/lib/auth/sessions'

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']
const CSRF_COOKIES = ['next-auth.csrf-token', '__Host-next-auth.csrf-token']

export async function signOutAction() {
  const jar = await cookies()
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value
    if (value) await endSession(await sessionIdOf(value))
  }
  for (const name of [...SESSION_COOKIES, ...CSRF_COOKIES]) if (jar.get(name)) jar.delete(name)
  redirect('/sign-in')
}
