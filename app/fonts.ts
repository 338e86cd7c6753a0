// Self-hosted fonts (no network at build time). The Nastaliq face is not preloaded: the
// browser fetches it only on pages rendered in Urdu, where the class that uses it applies.
import localFont from 'next/font/local'
export { GeistSans } from 'geist/font/sans'

export const nastaliq = localFont({
  src: [
    { path: '../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2', weight: '400' },
    { path: '../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2', weight: '700' },
  ],
  variable: '--font-nastaliq',
  preload: false,
  display: 'swap',
})
