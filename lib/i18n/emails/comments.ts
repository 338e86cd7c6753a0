// The email about a new comment on a progress update or a deliverable.
import { defineEmails } from './define'

/** What was commented on: a fellow's update for a period (numbered from 0), or a deliverable. */
export type CommentedOn = { kind: 'update'; periodIndex: number } | { kind: 'deliverable'; title: string }

export const commentEmails = defineEmails(
  {
    added: (v: { to: string; by: string; on: CommentedOn; body: string }) => ({
      subject: `New comment from ${v.by}`,
      body: `Hello ${v.to},\n\n${v.by} commented on ${v.on.kind === 'update' ? `your update for period ${v.on.periodIndex + 1}` : `“${v.on.title}”`}:\n\n“${v.body}”`,
    }),
  },
  {
    added: (v) => ({
      subject: `${v.by} کا نیا تبصرہ`,
      body: `${v.to}، السلام علیکم\n\n${v.by} نے ${v.on.kind === 'update' ? `مدت ${v.on.periodIndex + 1} کی آپ کی رپورٹ` : `“${v.on.title}”`} پر تبصرہ کیا:\n\n“${v.body}”`,
    }),
  },
)
