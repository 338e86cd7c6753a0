// The public page of a programme's call: what the programme is, the cycle open now (or when
// the next opens), and the questions to prepare. Visitors sign up or sign in to apply and
// come straight back to the form.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, formatNumber, joinList } from '@/lib/i18n/format'
import { getViewer } from '@/lib/request/viewer'
import { orNotFound, slugParam } from '@/lib/server/page'
import { getPublicCall } from '@/lib/recruitment/queries/call'
import { Card } from '@/components/ui/basics'
import { buttonClass } from '@/components/ui/styles'
import { localName, localOption, localText } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const [{ locale }, { slug }] = await Promise.all([getI18n(), params])
  const call = await getPublicCall(slugParam(slug)).catch(() => null)
  const p = call?.programme
  return { title: p ? localName(locale)(p) : undefined }
}

export default async function PublicCallPage({ params }: { params: Promise<{ slug: string }> }) {
  const { m, locale } = await getI18n()
  const slug = slugParam((await params).slug)
  const [call, viewer] = await Promise.all([orNotFound(getPublicCall(slug)), getViewer()])
  const t = m.recruitment.publicCall
  const p = call.programme
  const open = call.open
  const formPath = open ? `/apply/cycles/${open.id}` : '/apply'
  const canApply = !viewer || viewer.role === 'APPLICANT' || viewer.role === 'FELLOW'
  return (
    <div className="space-y-6">
      <section>
        <p className="text-sm font-medium text-emerald-900">{m.common.programmeKinds[p.kind]}</p>
        <h1 className="text-3xl font-bold text-emerald-950">{localText(locale, p.name, p.nameUr)}</h1>
        <p dir="auto" className="mt-3 max-w-3xl text-lg whitespace-pre-wrap text-slate-800">
          {localText(locale, p.description, p.descriptionUr)}
        </p>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-slate-700">
          <li>{format(t.duration, { months: formatNumber(p.durationMonths, locale) })}</li>
          {p.stipendPkr ? <li>{format(t.stipend, { amount: formatNumber(p.stipendPkr, locale) })}</li> : null}
        </ul>
      </section>

      {open ? (
        <>
          <Card title={fill(t.openTitle, { cycle: <UserText>{open.name}</UserText> }, locale)}>
            <p className="mb-2 font-medium">{format(t.closes, { date: formatDateTime(open.applicationsCloseAt, locale) })}</p>
            <p className="mb-2 text-slate-700">{format(t.places, { count: formatNumber(open.targetFellowCount, locale) })}</p>
            {localText(locale, open.callDescription, open.callDescriptionUr) ? (
              <p dir="auto" className="mb-4 max-w-3xl whitespace-pre-wrap">
                {localText(locale, open.callDescription, open.callDescriptionUr)}
              </p>
            ) : null}
            <h2 className="mb-2 text-lg font-semibold">{t.howTo}</h2>
            <ol className="mb-4 list-decimal space-y-1 ps-6 text-slate-800">
              <li>{t.step1}</li>
              <li>{t.step2}</li>
              <li>{t.step3}</li>
            </ol>
            {canApply ? (
              <div className="flex flex-wrap gap-3">
                {viewer ? (
                  <Link href={formPath} className={buttonClass.primary}>
                    {t.goToForm}
                  </Link>
                ) : (
                  <>
                    <Link href={`/sign-up?next=${encodeURIComponent(formPath)}`} className={buttonClass.primary}>
                      {t.signUp}
                    </Link>
                    <Link href={`/sign-in?next=${encodeURIComponent(formPath)}`} className={buttonClass.secondary}>
                      {t.signIn}
                    </Link>
                  </>
                )}
              </div>
            ) : (
              <p className="text-sm text-slate-700">{t.staffNote}</p>
            )}
          </Card>
          <Card title={t.questions}>
            <p className="mb-3 text-sm text-slate-700">{t.questionsIntro}</p>
            <ol className="list-decimal space-y-3 ps-6">
              {open.formFields.map((f) => (
                <li key={f.key}>
                  <UserText className="font-medium">{localText(locale, f.labelEn, f.labelUr)}</UserText>
                  <span className="ms-2 text-sm text-slate-700">
                    ({m.recruitment.fieldTypes[f.type]}
                    {f.required ? `, ${m.common.required}` : `, ${m.common.optional}`})
                  </span>
                  <UserText block className="text-sm text-slate-700">
                    {localText(locale, f.helpEn, f.helpUr)}
                  </UserText>
                  {f.options.length && f.options.length <= 12 ? (
                    <span className="block text-sm text-slate-700">
                      {format(t.choices, {
                        list: joinList(
                          f.options.map((o) => localOption(locale, o)),
                          locale,
                        ),
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </Card>
        </>
      ) : (
        <Card title={t.notOpenTitle}>
          <p>
            {call.upcoming
              ? fill(
                  t.nextOpens,
                  { cycle: <UserText>{call.upcoming.name}</UserText>, date: formatDate(call.upcoming.applicationsOpenAt, locale) },
                  locale,
                )
              : t.notOpen}
          </p>
        </Card>
      )}
    </div>
  )
}
