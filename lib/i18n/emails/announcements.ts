// The email carrying a staff announcement: the staff member's own words in each language, who
// sent it for which programme, and (for someone with an account) where it waits in their inbox.
import { defineEmails } from './define'

export interface AnnouncementMail {
  to: string
  by: string
  programme: string
  programmeUr: string
  subject: string
  subjectUr: string
  body: string
  bodyUr: string
  /** Whether the recipient has a Daftar inbox the link leads to. */
  inbox: boolean
}

export const announcementEmails = defineEmails(
  {
    announcement: (v: AnnouncementMail) => ({
      subject: v.subject,
      body: `Hello ${v.to},\n\n${v.body}\n\n— ${v.by}, ${v.programme}${v.inbox ? '\n\nThis message is also in your Daftar inbox:' : ''}`,
    }),
  },
  {
    announcement: (v) => ({
      subject: v.subjectUr,
      body: `${v.to}، السلام علیکم\n\n${v.bodyUr}\n\n— ${v.by}، ${v.programmeUr}${v.inbox ? '\n\nیہ پیغام دفتر میں آپ کے ان باکس میں بھی موجود ہے:' : ''}`,
    }),
  },
)
