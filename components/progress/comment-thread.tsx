// A comment thread on an update or a deliverable, with the form to add to it.
import type { ActionState } from '@/lib/server/action-state'
import type { CommentTarget } from '@/lib/comments/schema'
import { Card } from '@/components/ui/basics'
import { ActionForm, Hidden, TextAreaField } from '@/components/ui/form'

export interface ThreadComment {
  id: string
  body: string
  createdAt: Date
  author: { name: string; role: string }
}

export function CommentThread({
  comments,
  target,
  targetId,
  action,
  labels,
  roleNames,
  formatWhen,
}: {
  comments: ThreadComment[]
  target: CommentTarget
  targetId: string
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  labels: { heading: string; intro: string; none: string; body: string; post: string }
  roleNames: Record<string, string>
  formatWhen: (d: Date) => string
}) {
  return (
    <Card title={labels.heading}>
      <p className="mb-3 text-sm text-slate-700">{labels.intro}</p>
      {comments.length ? (
        <ol className="mb-4 space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <p className="text-sm text-slate-700">
                <bdi className="font-semibold text-slate-900">{c.author.name}</bdi> · {roleNames[c.author.role] ?? c.author.role} ·{' '}
                <time dateTime={c.createdAt.toISOString()}>{formatWhen(c.createdAt)}</time>
              </p>
              <p dir="auto" className="mt-1 whitespace-pre-line text-slate-900">
                {c.body}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-4 text-slate-700">{labels.none}</p>
      )}
      <ActionForm action={action} submitLabel={labels.post} resetOnSuccess aria-label={labels.heading}>
        <Hidden name="target" value={target} />
        <Hidden name="targetId" value={targetId} />
        <TextAreaField name="body" label={labels.body} required rows={3} />
      </ActionForm>
    </Card>
  )
}
