// next-auth configuration: JWT sessions, two credential providers (password, and the
// one-time token from an emailed link). Sessions carry the user's sessionVersion so a
// deactivation or role change ends them (lib/server/viewer.ts).
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { authenticatePassword, consumeSignInLink, verifyEmail } from './accounts'
import { authSecret } from './secret'
import { AppError } from '../server/errors'
import { clientIp } from '../server/client-ip'

/** next-auth only passes a string back to the client (in the URL): send the error's message
 * key. Anything unexpected (a database error, say) is logged here and answered with the
 * generic message, never its own text. */
function rethrow(e: unknown): never {
  if (e instanceof AppError) throw new Error(e.messageKey ?? 'errors.invalidCredentials')
  console.error('[auth] sign-in failed unexpectedly', e)
  throw new Error('errors.invalidCredentials')
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret()
  },
  session: { strategy: 'jwt', maxAge: 12 * 3600 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      id: 'password',
      name: 'Password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        try {
          return await authenticatePassword(credentials?.email ?? '', credentials?.password ?? '', clientIp(req))
        } catch (e) {
          rethrow(e)
        }
      },
    }),
    CredentialsProvider({
      id: 'link',
      name: 'Emailed link',
      credentials: { token: { type: 'text' }, purpose: { type: 'text' } },
      async authorize(credentials) {
        try {
          const token = credentials?.token ?? ''
          return credentials?.purpose === 'verify' ? await verifyEmail(token) : await consumeSignInLink(token)
        } catch (e) {
          rethrow(e)
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: string; sv: number }
        token.uid = u.id
        token.role = u.role
        token.sv = u.sv
      }
      return token
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid as string,
        role: token.role as string,
        sv: token.sv as number,
      }
      return session
    },
  },
}
