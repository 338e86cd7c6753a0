'use server'
// Signs out by clearing next-auth's session cookie on the server, so the signed-in shell
// does not ship next-auth's browser library just for this button.
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'

const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token', 'next-auth.csrf-token', '__Host-next-auth.csrf-token']

export async function signOutAction() {
  const jar = await cookies()
  for (const name of SESSION_COOKIES) if (jar.get(name)) jar.delete(name)
  redirect('/sign-in')
}
