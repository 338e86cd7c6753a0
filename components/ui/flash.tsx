'use client'
// A confirmation that outlives the form it came from: approving a deliverable or signing
// off a project removes the form from the page, so its "Approved" would vanish with it and
// focus would fall to the body. The shell keeps this region; ActionForm hands it the message.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import { usePathname } from 'next/navigation'
import { useMessages } from '../i18n-provider'

const FlashCtx = createContext<((message: string) => void) | null>(null)

/** Shows a message in the page's confirmation region; null outside a FlashProvider. */
export function useFlash() {
  return useContext(FlashCtx)
}

export function FlashProvider({ children }: { children: React.ReactNode }) {
  const m = useMessages()
  const [message, setMessage] = useState<string | null>(null)
  const ref = useRef<HTMLDivElement>(null)
  const pathname = usePathname()
  const shownOn = useRef(pathname)
  const show = useCallback((text: string) => {
    setMessage(text)
  }, [])
  useEffect(() => {
    if (message) ref.current?.focus({ preventScroll: true })
  }, [message])
  // Another page: the confirmation belonged to the last one.
  useEffect(() => {
    if (shownOn.current !== pathname) {
      shownOn.current = pathname
      setMessage(null)
    }
  }, [pathname])
  return (
    <FlashCtx.Provider value={show}>
      {children}
      <div
        ref={ref}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        data-testid="flash"
        className={
          message
            ? 'fixed inset-x-4 bottom-4 z-40 mx-auto flex max-w-xl items-start justify-between gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 shadow-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-700'
            : 'sr-only'
        }
      >
        {message ? (
          <>
            <p>{message}</p>
            <button type="button" onClick={() => setMessage(null)} className="shrink-0 font-semibold underline">
              {m.common.dismiss}
            </button>
          </>
        ) : null}
      </div>
    </FlashCtx.Provider>
  )
}
