'use client'
// Gives client components the viewer's language and the few shared strings they read
// (lib/i18n/client-messages.ts). Domain strings reach client components as props from their
// server page, which keeps the dictionaries out of the browser bundle and the page.
import { createContext, useContext } from 'react'
import type { Locale } from '@/lib/i18n/config'
import type { ClientMessages } from '@/lib/i18n/client-messages'

export type { ClientMessages }

const Ctx = createContext<{ locale: Locale; m: ClientMessages } | null>(null)

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: React.ReactNode }) {
  return <Ctx.Provider value={{ locale, m: messages }}>{children}</Ctx.Provider>
}

export function useLocale(): Locale {
  return useContext(Ctx)?.locale ?? 'en'
}

export function useMessages(): ClientMessages {
  const c = useContext(Ctx)
  if (!c) throw new Error('useMessages outside I18nProvider')
  return c.m
}
