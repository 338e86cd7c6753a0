// Which questions of a cycle collect answers that name the applicant: their own name (a word
// of it, three letters or more), an email address or a link. The call-form editor warns about
// these when the cycle reviews blind, so staff can mark them personal or identifying. Counted
// in SQL over submitted applications; personal and link questions are hidden already.
import 'server-only'
import { Prisma } from '@prisma/client'
import type { Tx } from '../../server/tx'

const EMAIL = '[^[:space:]@]+@[^[:space:]@]+\\.[[:alpha:]]{2,}'
const LINK = '(https?://|www\\.)[^[:space:]]+|[[:alnum:]-]+(\\.[[:alnum:]-]+)+/[^[:space:]]*'

/** Per question key, how many submitted applications' answers look identifying. */
export async function identifyingAnswerCounts(db: Tx, cycleId: string): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ key: string; n: number }[]>(Prisma.sql`
    SELECT f."key" AS key, count(*)::int AS n
    FROM "Application" a
    JOIN "User" u ON u."id" = a."applicantId"
    JOIN "FormField" f ON f."cycleId" = a."cycleId" AND NOT f."personal" AND f."type" IN ('SHORT_TEXT', 'LONG_TEXT')
    CROSS JOIN LATERAL (SELECT lower(a."answers" ->> f."key") AS v) ans
    WHERE a."cycleId" = ${cycleId}::uuid AND a."stage" <> 'DRAFT' AND ans.v IS NOT NULL
      AND (
        ans.v ~ ${EMAIL}
        OR ans.v ~ ${LINK}
        OR EXISTS (
          SELECT 1 FROM regexp_split_to_table(lower(u."name"), '[^[:alnum:]]+') AS part
          WHERE length(part) >= 3 AND ans.v ~ ('\\m' || part || '\\M')
        )
      )
    GROUP BY f."key"
    ORDER BY f."key"`)
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]))
}
