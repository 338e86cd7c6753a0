// A certificate of completion as one A4 page: English above, Urdu below, whatever the page's
// language, with the verification code and URL. On paper the site's header and navigation and
// anything marked .no-print are hidden, and the sheet fills the page without spilling over.
import { dictionaries } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import { displayCode } from '@/lib/certificates/code'
import type { CertificateView } from '@/lib/certificates/queries'

/** A4 with a margin; the sheet is sized to the printable area (297 - 2 x 12 mm high). */
export const CERTIFICATE_PRINT_CSS = [
  '@page { size: A4; margin: 12mm; }',
  '@media print {',
  '  body header, body nav, .no-print { display: none !important; }',
  '  body { background: white !important; }',
  '  main { padding: 0 !important; margin: 0 !important; max-width: none !important; }',
  '  .certificate-sheet { width: 186mm !important; height: 270mm !important; max-width: none !important; margin: 0 !important;',
  '    box-shadow: none !important; break-inside: avoid; page-break-inside: avoid; overflow: hidden; }',
  '  a { color: inherit !important; text-decoration: none !important; }',
  '}',
].join('\n')

export function CertificateSheet({
  certificate: c,
  verifyUrl,
  urduFontClass,
}: {
  certificate: CertificateView
  verifyUrl: string
  /** The Nastaliq face's class (app/fonts.ts), for the Urdu half on an English page too. */
  urduFontClass: string
}) {
  const halves = (['en', 'ur'] as const).map((locale) => {
    const t = dictionaries[locale].certificates.sheet
    return {
      locale,
      t,
      appName: dictionaries[locale].common.appName,
      programme: localText(locale, c.programmeName, c.programmeNameUr),
      cycle: localText(locale, c.cycleName, c.cycleNameUr),
      period: format(t.period, { start: formatDate(c.startDate, locale), end: formatDate(c.endDate, locale) }, locale),
      issued: format(t.issued, { date: formatDate(c.issuedAt, locale) }, locale),
      revoked: c.revokedAt ? format(t.revoked, { date: formatDate(c.revokedAt, locale) }, locale) : null,
    }
  })
  return (
    <article
      className="certificate-sheet relative mx-auto flex aspect-[210/297] w-full max-w-[210mm] flex-col justify-between border-[6px] border-double border-emerald-900 bg-white px-[8%] py-[6%] text-center text-slate-900 shadow-sm"
      data-testid="certificate"
    >
      {halves.map((h) => (
        <section
          key={h.locale}
          lang={h.locale}
          dir={h.locale === 'ur' ? 'rtl' : 'ltr'}
          className={`space-y-2 ${h.locale === 'ur' ? `${urduFontClass} leading-[2.1]` : ''}`}
        >
          <p className="text-sm font-semibold tracking-wide text-emerald-900 uppercase">{h.appName}</p>
          <h2 className="text-3xl font-bold text-emerald-950">{h.t.heading}</h2>
          <p>{h.t.certifies}</p>
          <p className="text-2xl font-semibold">
            <bdi>{c.recipientName}</bdi>
          </p>
          <p>{h.t.completed}</p>
          <p className="text-lg font-semibold">
            <bdi>{h.programme}</bdi>
            {h.locale === 'ur' ? '، ' : ', '}
            <bdi>{h.cycle}</bdi>
          </p>
          <p>{h.period}</p>
          <p className="text-sm text-slate-700">{h.issued}</p>
          {h.revoked ? <p className="font-bold text-red-800">{h.revoked}</p> : null}
        </section>
      ))}
      <footer className="mt-4 space-y-1 border-t border-emerald-900 pt-3 text-sm">
        <p>
          <span lang="en">{dictionaries.en.certificates.sheet.code}</span> /{' '}
          <span lang="ur" className={urduFontClass}>
            {dictionaries.ur.certificates.sheet.code}
          </span>
          :{' '}
          <span className="font-mono text-base font-bold" dir="ltr" data-testid="certificate-code">
            {displayCode(c.code)}
          </span>
        </p>
        <p>
          <span lang="en">{dictionaries.en.certificates.sheet.checkAt}</span> /{' '}
          <span lang="ur" className={urduFontClass}>
            {dictionaries.ur.certificates.sheet.checkAt}
          </span>
          :{' '}
          <a href={verifyUrl} className="font-mono break-all text-emerald-900 underline" dir="ltr">
            {verifyUrl}
          </a>
        </p>
      </footer>
    </article>
  )
}
