// A page's title in the visitor's language, for pages whose title is a fixed message:
//   export const generateMetadata = titled((m) => m.staff.cycles.title)
// The root layout adds " · Daftar" (" · دفتر"). Pages titled by a record's name write their
// own generateMetadata.
import type { Metadata } from 'next'
import { getI18n } from './server'
import type { Messages } from './messages'

export function titled(pick: (m: Messages) => string) {
  return async function generateMetadata(): Promise<Metadata> {
    const { m } = await getI18n()
    return { title: pick(m) }
  }
}
