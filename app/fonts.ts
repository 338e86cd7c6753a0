// Self-hosted fonts (no network at build time), chosen for a phone on a slow connection
// (issue 18, measured with Lighthouse's mobile profile: README, Performance):
// - Both faces use `font-display: optional`: text is drawn at once in the fallback and never
//   redrawn when a face arrives late, so nothing on the page shifts (a late Nastaliq moved Urdu
//   pages by 0.14-0.25 CLS) and the page is complete at its first paint. A face that arrives
//   late is kept in the cache and used from the next page on. Phones that ship Noto Nastaliq
//   Urdu (Android) draw it from the system at once: globals.css names it next in the stack.
// - Nastaliq is not preloaded: only pages in Urdu use the class that loads it. One weight
//   (156 KB; bold is drawn from it by the browser), which halves what an Urdu page costs.
import localFont from 'next/font/local'

export const GeistSans = localFont({
  src: '../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2',
  variable: '--font-geist-sans',
  weight: '100 900',
  display: 'optional',
})

export const nastaliq = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2', weight: '400' }],
  variable: '--font-nastaliq',
  preload: false,
  display: 'optional',
})
