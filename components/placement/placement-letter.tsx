// The placement letter, in English and in Urdu on the same printable page (a fellow may
// need to show either to a department). Print hides the app's header and navigation.
import { dictionaries } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'
import { localName, localText } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

export interface LetterData {
  status: 'PROPOSED' | 'ACTIVE' | 'TRANSFERRED' | 'ENDED'
  startDate: Date | null
  publishedAt: Date | null
  fellowship: {
    user: { name: string }
    cycle: { name: string; endDate: Date | null; programme: { name: string; nameUr: string | null } }
  }
  project: {
    title: string
    titleUr: string | null
    department: { name: string; nameUr: string | null }
    focalContact: { name: string; title: string | null } | null
  }
}

const PRINT_CSS = '@media print { body header, body nav { display: none !important; } main { padding: 0 !important; } }'
const URDU_STYLE = {
  fontFamily: "var(--font-nastaliq), 'Noto Nastaliq Urdu', var(--font-geist-sans), ui-sans-serif, system-ui, sans-serif",
  lineHeight: 2.1,
}

function LetterSide({ letter, locale }: { letter: LetterData; locale: Locale }) {
  const m = dictionaries[locale]
  const t = m.placement.letter
  const focal = letter.project.focalContact
  return (
    <section
      lang={locale}
      dir={locale === 'ur' ? 'rtl' : 'ltr'}
      style={locale === 'ur' ? URDU_STYLE : undefined}
      className="rounded-lg border border-slate-300 bg-white p-8 text-start print:border-0 print:p-0"
    >
      <h2 className="mb-1 text-xl font-bold text-slate-900">{t.title}</h2>
      <p className="mb-6 text-sm text-slate-700">{format(t.date, { date: formatDate(letter.publishedAt, locale) })}</p>
      <p className="mb-3">{fill(t.greeting, { name: <UserText>{letter.fellowship.user.name}</UserText> }, locale)}</p>
      <p className="mb-4">
        {fill(
          t.body,
          {
            programme: (
              <UserText>{localText(locale, letter.fellowship.cycle.programme.name, letter.fellowship.cycle.programme.nameUr)}</UserText>
            ),
            cycle: <UserText>{localName(locale)(letter.fellowship.cycle)}</UserText>,
          },
          locale,
        )}
      </p>
      <dl className="mb-4 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t.department}</dt>
        <dd>
          <UserText>{localText(locale, letter.project.department.name, letter.project.department.nameUr)}</UserText>
        </dd>
        <dt className="font-semibold">{t.project}</dt>
        <dd>
          <UserText>{localText(locale, letter.project.title, letter.project.titleUr)}</UserText>
        </dd>
        <dt className="font-semibold">{t.focal}</dt>
        <dd>
          {focal ? (
            <>
              <UserText>{focal.name}</UserText>
              {focal.title ? (
                <>
                  {locale === 'ur' ? '، ' : ', '}
                  <UserText>{focal.title}</UserText>
                </>
              ) : null}
            </>
          ) : (
            t.notYetNamed
          )}
        </dd>
        <dt className="font-semibold">{t.start}</dt>
        <dd>{formatDate(letter.startDate, locale)}</dd>
        <dt className="font-semibold">{t.end}</dt>
        <dd>{formatDate(letter.fellowship.cycle.endDate, locale)}</dd>
      </dl>
      <p className="mb-6">{t.closing}</p>
      <p className="font-semibold">{t.signature}</p>
      {letter.status !== 'ACTIVE' ? (
        <p className="mt-4 text-sm text-slate-700">{format(t.statusNote, { status: m.placement.placementStatuses[letter.status] })}</p>
      ) : null}
    </section>
  )
}

/** The viewer's language first, then the other one on a new printed page. */
export function PlacementLetter({ letter, locale }: { letter: LetterData; locale: Locale }) {
  const other: Locale = locale === 'ur' ? 'en' : 'ur'
  return (
    <div className="space-y-8">
      <style>{PRINT_CSS}</style>
      <LetterSide letter={letter} locale={locale} />
      <div className="print:break-before-page">
        <LetterSide letter={letter} locale={other} />
      </div>
    </div>
  )
}
