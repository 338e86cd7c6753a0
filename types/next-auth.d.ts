import 'next-auth'

declare module 'next-auth' {
  interface Session {
    user: { id: string; sv: number; sid: string; name?: string | null; email?: string | null }
  }
}
