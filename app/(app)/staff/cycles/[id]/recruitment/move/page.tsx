// The confirmation of a bulk move: who will be emailed (name, address, current stage), an
// optional message in place of the standard wording, and one button. Nothing moves and nobody
// is emailed before it is pressed; the form carries exactly the applications listed.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { idParam, orNotFound, uuidParam } from '@/lib/server/page'
import { previewMove } from '@/lib/recruitment/queries/move-preview'
import { STAFF_MOVABLE, type StaffMovableStage } from '@/lib/recruitment/stages'
import { Card, EmptyState, LinkButton, PageHeader } from '@/components/ui/basics'
import { TextAreaField } from '@/components/ui/form'
import { messageHint } from '@/components/recruitment/message-hint'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { UserText } from '@/components/ui/user-text'
import { localName } from '@/lib/i18n/local-text'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { bulkMoveAction } from '../_actions/pipeline'

export const generateMetadata = titled((m) => m.recruitment.board.moveTitle)

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function ConfirmMovePage({ params, searchParams }: Props) {
  const viewer = await requirePermission('application:manage')
  const { m, locale } = await getI18n()
  const cycleId = idParam((await params).id)
  const sp = await searchParams
  const to = (STAFF_MOVABLE as readonly string[]).includes(String(sp.to)) ? (sp.to as StaffMovableStage) : null
  // Ids that are not ids are dropped, never sent to the database; the board sends at most 200.
  const ids = [sp.ids ?? []]
    .flat()
    .slice(0, 200)
    .flatMap((v) => uuidParam(v) ?? [])
  const preview = await orNotFound(previewMove(viewer, cycleId, to ? ids : [], to ?? 'SUBMITTED'))
  const t = m.recruitment.board
  const board = `/staff/cycles/${cycleId}/recruitment`
  const stage = to ? m.recruitment.stages[to] : ''
  const { movable, blocked } = preview
  return (
    <>
      <PageHeader title={t.moveTitle} description={localName(locale)(preview.cycle)} />
      <RecruitmentNav cycleId={cycleId} current="board" m={m} />
      <Card>
        {!to || movable.length + blocked.length === 0 ? (
          <EmptyState>{t.confirmMoveNothing}</EmptyState>
        ) : movable.length === 0 ? (
          <p className="text-slate-800">{format(t.confirmMoveNone, { stage })}</p>
        ) : (
          <ConfirmRecipients
            action={bulkMoveAction}
            title={format(t.confirmMoveTitle, { count: movable.length, stage }, locale)}
            intro={t.confirmMoveIntro}
            hidden={{ cycleId, to }}
            recipientsTitle={t.confirmMoveRecipients}
            name="ids"
            recipients={movable.map((a) => ({
              key: a.id,
              name: a.applicant.name,
              email: a.applicant.email,
              detail: format(t.confirmMoveFrom, { stage: m.recruitment.stages[a.stage] }),
            }))}
            confirmLabel={format(t.confirmMoveButton, { count: movable.length }, locale)}
            cancelHref={board}
            cancelLabel={t.confirmCancel}
          >
            <TextAreaField name="message" label={t.bulkMessage} hint={messageHint(t.bulkMessageHint, locale)} rows={3} dir="auto" />
          </ConfirmRecipients>
        )}
        {blocked.length && to ? (
          <div className="mt-6 border-t border-slate-200 pt-4">
            <p className="mb-2 text-sm text-slate-700">{format(t.confirmMoveBlocked, { stage })}</p>
            <ul className="list-disc space-y-1 ps-6 text-sm">
              {blocked.map((a) => (
                <li key={a.id}>
                  <UserText>{a.applicant.name}</UserText>: {m.recruitment.stages[a.stage]}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {movable.length === 0 ? (
          <p className="mt-4">
            <LinkButton href={board} variant="secondary">
              {t.backToBoard}
            </LinkButton>
          </p>
        ) : null}
      </Card>
    </>
  )
}
