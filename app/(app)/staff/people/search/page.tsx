// Finding a person across every cycle: a GET form (works without JavaScript), each word a prefix,
// results with the CNIC masked and counts of applications and fellowships, each a link to the
// person's history.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { firstParam } from '@/lib/server/page'
import { SEARCH_LIMIT, searchPeople } from '@/lib/person-search/queries'
import { MAX_QUERY } from '@/lib/person-search/terms'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { buttonClass, inputClass } from '@/components/ui/styles'

export const generateMetadata = titled((m) => m.personSearch.title)

export default async function PersonSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requirePermission('application:read:any')
  const { m, locale } = await getI18n()
  const q = (firstParam((await searchParams).q) ?? '').slice(0, MAX_QUERY)
  const t = m.personSearch
  const found = q ? await searchPeople(viewer, q) : null
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <LinkButton href="/staff/people/import" variant="secondary">
            {t.importLink}
          </LinkButton>
        }
      />
      <div className="space-y-6">
        <form role="search" className="flex flex-wrap items-end gap-3" action="/staff/people/search">
          <div className="w-full max-w-md">
            <label htmlFor="person-q" className="block text-sm font-medium">
              {t.label}
            </label>
            <input
              id="person-q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={MAX_QUERY}
              dir="auto"
              className={`${inputClass} w-full`}
            />
          </div>
          <button type="submit" className={buttonClass.primary}>
            {t.submit}
          </button>
        </form>
        {found && !found.terms.length ? <p className="text-amber-800">{t.tooShort}</p> : null}
        {found?.terms.length ? (
          <Card title={format(t.count, { n: found.rows.length }, locale)}>
            <p aria-live="polite" className="sr-only">
              {format(t.count, { n: found.rows.length }, locale)}
            </p>
            {found.more ? <p className="mb-3 text-sm text-amber-800">{format(t.more, { n: SEARCH_LIMIT }, locale)}</p> : null}
            {found.rows.length ? (
              <Table
                caption={t.caption}
                headers={[m.common.name, m.common.email, t.phone, t.cnic, m.common.role, t.applications, t.fellowships]}
              >
                {found.rows.map((p) => (
                  <tr key={p.id}>
                    <Td>
                      <Link href={`/staff/people/search/${p.id}`} className="font-semibold text-emerald-800 underline">
                        <UserText>{p.name}</UserText>
                      </Link>
                      {p.active ? null : (
                        <>
                          {' '}
                          <Badge tone="bad">{t.inactive}</Badge>
                        </>
                      )}
                    </Td>
                    <Td>
                      <span dir="ltr">{p.email}</span>
                    </Td>
                    <Td>
                      <span dir="ltr">{p.phone ?? '—'}</span>
                    </Td>
                    <Td>
                      <span dir="ltr">{p.cnic ?? '—'}</span>
                    </Td>
                    <Td>{m.common.roles[p.role]}</Td>
                    <Td>{p.applications}</Td>
                    <Td>{p.fellowships}</Td>
                  </tr>
                ))}
              </Table>
            ) : (
              <EmptyState>{format(t.none, { q }, locale)}</EmptyState>
            )}
          </Card>
        ) : null}
      </div>
    </>
  )
}
