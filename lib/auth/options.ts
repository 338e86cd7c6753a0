// next-auth configuration: JWT sessions, two credential providers (password, and the
// one-time token from an emailed link). Sessions carry the user's sessionVersion so a
// deactivation or a password reset ends them all, and a session id of their own, so signing
// out ends that one on the server (lib/auth/sessions.ts). next-auth's own routes check the
// same: /api/auth/session answers nothing for an ended session, and clears its cookie.
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { authenticatePassword } from './sign-in'
import { consumeSignInLink } from './sign-in-link'
import { verifyEmail } from './verify-email'
import { authSecret } from './secret'
import { AppError } from '../server/errors'
import { clientIp } from '../server/client-ip'
import { claimsOf, endSession, SESSION_MAX_AGE_S, startSession, viewerForSession } from './sessions'

/** next-auth only passes a string back to the client (in the URL): send the error's message
 * key. Anything unexpected (a database error, say) is logged here and answered with the
 * generic message, never its own text. */
function rethrow(e: unknown): never {
  if (e instanceof AppError) throw new Error(e.messageKey ?? 'errors.invalidCredentials')
  console.error('[auth] sign-in failed unexpectedly', e)
  throw new Error('errors.invalidCredentials')
}

/** Thrown by the jwt callback for a session that has ended: next-auth then answers no session
 * and clears the cookie (instead of signing it again for another 12 hours). */
class SessionEnded extends Error {
  constructor() {
    super('session ended')
    this.name = 'SessionEnded'
  }
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret()
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
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
        // No role: it can change during the session; pages read it from the database.
        const u = user as unknown as { id: string; sv: number }
        token.uid = u.id
        token.sv = u.sv
        // A session of its own, ended on sign-out (lib/auth/sessions.ts).
        token.sid = await startSession(u.id)
        return token
      }
      // Every later read of the session (next-auth's /api/auth/session) checks it as pages do:
      // signed out, ended by staff or a password reset, or never recorded is no session.
      if (!(await viewerForSession(claimsOf(token)))) throw new SessionEnded()
      return token
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid as string,
        sv: token.sv as number,
        sid: token.sid as string,
      }
      return session
    },
  },
  logger: {
    // An ended session is an answer, not an error: nothing to log.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return
      console.error(`[next-auth][error][${code}]`, metadata)
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`)
    },
    debug() {},
  },
  events: {
    // next-auth's own sign-out route (/api/auth/signout); the app's button ends the session
    // the same way (app/actions/sign-out.ts).
    async signOut({ token }) {
      await endSession(token?.sid)
    },
  },
}
