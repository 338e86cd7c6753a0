// The public landing page: open calls first, then the programmes, impact so far and the
// year-in-review reports. Server-rendered, no scripts of its own, no personal data.
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime, formatNumber } from '@/lib/i18n/format'
import { listOpenCalls, listPublicProgrammes } from '@/lib/public/queries'
import { homeHighlights } from '@/lib/public/highlights'
import { listPublishedReports } from '@/lib/public/reports'
import { Card } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { buttonClass } from '@/components/ui/styles'
import { localText } from '@/lib/i18n/local-text'

const link = 'font-medium text-emerald-800 underline underline-offset-2'

export const generateMetadata = titled((m) => m.pub.home.title)

export default async function PublicHome() {
  const { m, locale } = await getI18n()
  const [calls, programmes, highlights, reports] = await Promise.all([
    listOpenCalls(),
    listPublicProgrammes(),
    homeHighlights(),
    listPublishedReports(),
  ])
  const t = m.pub.home
  const name = (en: string, ur: string | null) => localText(locale, en, ur)
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title">
        <h1 id="home-title" className="text-3xl font-bold text-emerald-950">
          {t.title}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t.intro}</p>
        <p className="mt-4 text-sm text-slate-700">
          {t.signInHint}{' '}
          <Link href="/sign-in" className={link}>
            {m.common.signIn}
          </Link>
        </p>
      </section>

      <section aria-labelledby="calls">
        <h2 id="calls" className="mb-4 text-xl font-semibold">
          {t.openCalls}
        </h2>
        {calls.length === 0 ? (
          <p className="text-slate-700">{t.noCalls}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {calls.map((c) => (
              <li key={c.id} className="rounded-lg border-2 border-emerald-700 bg-white p-5">
                <h3 className="text-lg font-semibold">
                  <UserText>{name(c.programme.name, c.programme.nameUr)}</UserText>
                </h3>
                <p className="text-slate-800">
                  <UserText>{c.name}</UserText>
                </p>
                <p className="mt-1 text-sm text-slate-700">{format(t.closes, { date: formatDateTime(c.applicationsCloseAt, locale) })}</p>
                <Link
                  href={`/calls/${c.programme.slug}`}
                  className={`${buttonClass.primary} mt-3`}
                  aria-label={`${t.apply}: ${name(c.programme.name, c.programme.nameUr)}`}
                >
                  {t.apply}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="programmes">
        <h2 id="programmes" className="mb-4 text-xl font-semibold">
          {t.programmes}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {programmes.map((p) => (
            <Card key={p.id}>
              <h3 className="mb-2 text-lg font-semibold">
                <Link href={`/programmes/${p.slug}`} className={link}>
                  <UserText>{name(p.name, p.nameUr)}</UserText>
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                {m.common.programmeKinds[p.kind]} · {m.common.levels[p.level]}
              </p>
              <UserText block className="mt-2 line-clamp-4 text-sm text-slate-800">
                {name(p.description, p.descriptionUr)}
              </UserText>
            </Card>
          ))}
        </div>
        <p className="mt-3">
          <Link href="/programmes" className={link}>
            {t.allProgrammes}
          </Link>
        </p>
      </section>

      {highlights.length ? (
        <section aria-labelledby="highlights">
          <h2 id="highlights" className="mb-1 text-xl font-semibold">
            {t.highlights}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t.highlightsIntro}</p>
          <ul className="grid gap-4 md:grid-cols-3">
            {highlights.map((h) => (
              <li key={h.key} className="rounded-lg border border-slate-300 bg-white p-4">
                <p className="text-2xl font-bold text-emerald-900">
                  {formatNumber(h.value, locale)} <UserText className="text-base font-semibold">{h.unit}</UserText>
                </p>
                <p className="text-sm text-slate-800">
                  <UserText>{name(h.name, h.nameUr)}</UserText>
                </p>
                <p className="mt-1 text-sm">
                  <Link href={h.href} className={link}>
                    <UserText>{name(h.projectTitle, h.projectTitleUr)}</UserText>
                  </Link>
                  <span className="text-slate-700">
                    {' '}
                    · <UserText>{name(h.departmentName, h.departmentNameUr)}</UserText>
                  </span>
                </p>
              </li>
            ))}
          </ul>
          <p className="mt-3">
            <Link href="/projects" className={link}>
              {t.allProjects}
            </Link>
          </p>
        </section>
      ) : null}

      {reports.length ? (
        <section aria-labelledby="reports">
          <h2 id="reports" className="mb-3 text-xl font-semibold">
            {t.reports}
          </h2>
          <ul className="space-y-1">
            {reports.map((r) => (
              <li key={r.year}>
                <Link href={`/reports/${r.year}`} className={link}>
                  <UserText>{r.title}</UserText>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav aria-label={m.pub.nav.openData} className="border-t border-slate-300 pt-4 text-sm">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/programmes" className={link}>
              {m.pub.nav.programmes}
            </Link>
          </li>
          <li>
            <Link href="/projects" className={link}>
              {m.pub.nav.projects}
            </Link>
          </li>
          <li>
            <Link href="/reports" className={link}>
              {m.pub.nav.reports}
            </Link>
          </li>
          <li>
            <Link href="/open-data" className={link}>
              {m.pub.nav.openData}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  )
}
