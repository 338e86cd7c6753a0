// Emails of the placement stage, each in English and Urdu, queued inside the caller's
// transaction (so a rolled-back change sends nothing) and delivered after it commits.
import type { Tx } from '../server/tx'
import { appUrl, queueMail } from '../server/mailer'
import { mailTemplates } from '../notifications/templates'
import { formatDateTime } from '../i18n/format'

export interface Recipient {
  to: string
  userId: string | null
  name: string
}

/** The department's active partner accounts, plus focal contacts who have no account. */
export async function departmentRecipients(tx: Tx, departmentId: string, focalContactIds: string[] = []): Promise<Recipient[]> {
  const [users, contacts] = await Promise.all([
    tx.user.findMany({ where: { departmentId, role: 'PARTNER', active: true }, select: { id: true, email: true, name: true } }),
    focalContactIds.length
      ? tx.partnerContact.findMany({ where: { id: { in: focalContactIds }, departmentId, archivedAt: null }, select: { email: true, name: true } })
      : Promise.resolve([]),
  ])
  const out: Recipient[] = users.map((u) => ({ to: u.email, userId: u.id, name: u.name }))
  for (const c of contacts) if (!out.some((r) => r.to.toLowerCase() === c.email.toLowerCase())) out.push({ to: c.email, userId: null, name: c.name })
  return out
}

type Bilingual = { subjectEn: string; subjectUr: string; en: string; ur: string; path: string }

export async function queueNotice(tx: Tx, to: Recipient, kind: string, text: Bilingual): Promise<string> {
  const t = mailTemplates.notice({ subjectEn: text.subjectEn, subjectUr: text.subjectUr, en: text.en, ur: text.ur, url: appUrl(text.path) })
  return queueMail(tx, { to: to.to, userId: to.userId, kind, ...t })
}

const orUr = (ur: string | null | undefined, en: string) => (ur && ur.trim() ? ur : en)
// A proposal written only in Urdu has an empty English title: the English text uses the Urdu one.
const orEn = (en: string | undefined, ur: string | null | undefined) => (en && en.trim() ? en : (ur ?? ''))

export const placementMail = {
  projectReviewed: (v: { name: string; title: string; approved: boolean; note?: string | null }): Bilingual => ({
    subjectEn: v.approved ? `Project approved: ${v.title}` : `Project returned for changes: ${v.title}`,
    subjectUr: v.approved ? `منصوبہ منظور: ${v.title}` : `منصوبہ تبدیلیوں کے لیے واپس: ${v.title}`,
    en: v.approved
      ? `Hello ${v.name},\n\nProgramme staff approved your project "${v.title}". Fellows can now see it and rank it.`
      : `Hello ${v.name},\n\nProgramme staff returned your project "${v.title}" with this note:\n\n${v.note ?? ''}\n\nEdit it and submit it again.`,
    ur: v.approved
      ? `${v.name}، السلام علیکم\n\nپروگرام عملے نے آپ کا منصوبہ "${v.title}" منظور کر لیا ہے۔ فیلوز اب اسے دیکھ کر اپنی ترجیحات میں شامل کر سکتے ہیں۔`
      : `${v.name}، السلام علیکم\n\nپروگرام عملے نے آپ کا منصوبہ "${v.title}" اس نوٹ کے ساتھ واپس کیا ہے:\n\n${v.note ?? ''}\n\nاس میں ترمیم کر کے دوبارہ جمع کرائیں۔`,
    path: '/partner/projects',
  }),
  // Times are Dates, written out in each half's own language (Asia/Karachi).
  windowOpen: (v: { name: string; cycle: string; cycleUr?: string | null; opens: Date; closes: Date }): Bilingual => ({
    subjectEn: `Rank the projects of ${v.cycle}`,
    subjectUr: `${orUr(v.cycleUr, v.cycle)} کے منصوبوں کی ترجیحات دیں`,
    en: `Hello ${v.name},\n\nThe projects of ${v.cycle} are ready. Rank the ones you would like to work on between ${formatDateTime(v.opens, 'en')} and ${formatDateTime(v.closes, 'en')} (Pakistan time).`,
    ur: `${v.name}، السلام علیکم\n\n${orUr(v.cycleUr, v.cycle)} کے منصوبے تیار ہیں۔ ${formatDateTime(v.opens, 'ur')} سے ${formatDateTime(v.closes, 'ur')} (پاکستانی وقت) کے درمیان اپنی پسند کے منصوبوں کو ترجیحی ترتیب دیں۔`,
    path: '/fellow/preferences',
  }),
  reminder: (v: { name: string; cycle: string; cycleUr?: string | null; closes: Date }): Bilingual => ({
    subjectEn: `Reminder: rank your projects for ${v.cycle}`,
    subjectUr: `یاد دہانی: ${orUr(v.cycleUr, v.cycle)} کے لیے اپنی ترجیحات دیں`,
    en: `Hello ${v.name},\n\nYou have not ranked any project yet. The preference window closes on ${formatDateTime(v.closes, 'en')} (Pakistan time).`,
    ur: `${v.name}، السلام علیکم\n\nآپ نے ابھی تک کسی منصوبے کو ترجیح نہیں دی۔ ترجیحات کی مدت ${formatDateTime(v.closes, 'ur')} (پاکستانی وقت) کو ختم ہو جائے گی۔`,
    path: '/fellow/preferences',
  }),
  fellowPlaced: (v: { name: string; title: string; titleUr: string | null; dept: string; deptUr: string | null }): Bilingual => ({
    subjectEn: `Your placement: ${v.dept}`,
    subjectUr: `آپ کی تعیناتی: ${orUr(v.deptUr, v.dept)}`,
    en: `Hello ${v.name},\n\nYou are placed with the ${v.dept} on the project "${v.title}". Your placement letter is ready to print in Daftar.`,
    ur: `${v.name}، السلام علیکم\n\nآپ کی تعیناتی ${orUr(v.deptUr, v.dept)} میں منصوبے "${orUr(v.titleUr, v.title)}" پر ہوئی ہے۔ آپ کا تعیناتی خط دفتر میں پرنٹ کے لیے تیار ہے۔`,
    path: '/fellow/preferences',
  }),
  departmentPlaced: (v: { name: string; lines: string[]; linesUr: string[] }): Bilingual => ({
    subjectEn: 'Fellows placed with your department',
    subjectUr: 'آپ کے محکمے میں تعینات فیلوز',
    en: `Hello ${v.name},\n\nThese fellows are placed with your department:\n\n${v.lines.map((l) => `- ${l}`).join('\n')}`,
    ur: `${v.name}، السلام علیکم\n\nیہ فیلوز آپ کے محکمے میں تعینات کیے گئے ہیں:\n\n${v.linesUr.map((l) => `- ${l}`).join('\n')}`,
    path: '/partner/projects',
  }),
  fellowMoved: (v: { name: string; ended: boolean; title: string; titleUr: string | null; toTitle?: string; toTitleUr?: string | null; reason: string }): Bilingual => ({
    subjectEn: v.ended ? 'Your placement has ended' : 'Your placement has changed',
    subjectUr: v.ended ? 'آپ کی تعیناتی ختم ہو گئی ہے' : 'آپ کی تعیناتی تبدیل ہو گئی ہے',
    en: v.ended
      ? `Hello ${v.name},\n\nYour placement on "${orEn(v.title, v.titleUr)}" has ended. Reason: ${v.reason}`
      : `Hello ${v.name},\n\nYou have moved from "${orEn(v.title, v.titleUr)}" to "${orEn(v.toTitle, v.toTitleUr)}". Reason: ${v.reason}`,
    ur: v.ended
      ? `${v.name}، السلام علیکم\n\nمنصوبے "${orUr(v.titleUr, v.title)}" پر آپ کی تعیناتی ختم ہو گئی ہے۔ وجہ: ${v.reason}`
      : `${v.name}، السلام علیکم\n\nآپ کو "${orUr(v.titleUr, v.title)}" سے "${orUr(v.toTitleUr, v.toTitle ?? '')}" پر منتقل کر دیا گیا ہے۔ وجہ: ${v.reason}`,
    path: '/fellow/preferences',
  }),
  departmentChange: (v: { name: string; fellow: string; title: string; titleUr: string | null; joined: boolean; reason: string }): Bilingual => ({
    subjectEn: v.joined ? `A fellow joins your project: ${v.fellow}` : `A fellow leaves your project: ${v.fellow}`,
    subjectUr: v.joined ? `ایک فیلو آپ کے منصوبے میں شامل: ${v.fellow}` : `ایک فیلو آپ کے منصوبے سے رخصت: ${v.fellow}`,
    en: v.joined
      ? `Hello ${v.name},\n\n${v.fellow} joins your project "${orEn(v.title, v.titleUr)}". Reason: ${v.reason}`
      : `Hello ${v.name},\n\n${v.fellow} no longer works on your project "${orEn(v.title, v.titleUr)}". Reason: ${v.reason}`,
    ur: v.joined
      ? `${v.name}، السلام علیکم\n\n${v.fellow} آپ کے منصوبے "${orUr(v.titleUr, v.title)}" میں شامل ہو رہے ہیں۔ وجہ: ${v.reason}`
      : `${v.name}، السلام علیکم\n\n${v.fellow} اب آپ کے منصوبے "${orUr(v.titleUr, v.title)}" پر کام نہیں کر رہے۔ وجہ: ${v.reason}`,
    path: '/partner/projects',
  }),
}
