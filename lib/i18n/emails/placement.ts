// Emails of the placement stage: project review, the preference window, placements published
// and changed.
import { formatDateTime } from '../format'
import { localText } from '../local-text'
import { defineEmails } from './define'

// A proposal written only in Urdu has an empty English title: the English half uses the Urdu one.
const en = (v: string | null | undefined, ur: string | null | undefined) => localText('en', v, ur)
const ur = (v: string | null | undefined, urdu: string | null | undefined) => localText('ur', v, urdu)

// Times are Dates, written out in each half's own language (Asia/Karachi).
export const placementEmails = defineEmails(
  {
    projectReviewed: (v: { name: string; title: string; approved: boolean; note?: string | null }) => ({
      subject: v.approved ? `Project approved: ${v.title}` : `Project returned for changes: ${v.title}`,
      body: v.approved
        ? `Hello ${v.name},\n\nProgramme staff approved your project "${v.title}". Fellows can now see it and rank it.`
        : `Hello ${v.name},\n\nProgramme staff returned your project "${v.title}" with this note:\n\n${v.note ?? ''}\n\nEdit it and submit it again.`,
    }),
    windowOpen: (v: { name: string; cycle: string; cycleUr?: string | null; opens: Date; closes: Date }) => ({
      subject: `Rank the projects of ${v.cycle}`,
      body: `Hello ${v.name},\n\nThe projects of ${v.cycle} are ready. Rank the ones you would like to work on between ${formatDateTime(v.opens, 'en')} and ${formatDateTime(v.closes, 'en')} (Pakistan time).`,
    }),
    reminder: (v: { name: string; cycle: string; cycleUr?: string | null; closes: Date }) => ({
      subject: `Reminder: rank your projects for ${v.cycle}`,
      body: `Hello ${v.name},\n\nYou have not ranked any project yet. The preference window closes on ${formatDateTime(v.closes, 'en')} (Pakistan time).`,
    }),
    fellowPlaced: (v: { name: string; title: string; titleUr: string | null; dept: string; deptUr: string | null }) => ({
      subject: `Your placement: ${v.dept}`,
      body: `Hello ${v.name},\n\nYou are placed with the ${v.dept} on the project "${v.title}". Your placement letter is ready to print in Daftar.`,
    }),
    departmentPlaced: (v: { name: string; lines: string[]; linesUr: string[] }) => ({
      subject: 'Fellows placed with your department',
      body: `Hello ${v.name},\n\nThese fellows are placed with your department:\n\n${v.lines.map((l) => `- ${l}`).join('\n')}`,
    }),
    fellowMoved: (v: {
      name: string
      ended: boolean
      title: string
      titleUr: string | null
      toTitle?: string
      toTitleUr?: string | null
      reason: string
    }) => ({
      subject: v.ended ? 'Your placement has ended' : 'Your placement has changed',
      body: v.ended
        ? `Hello ${v.name},\n\nYour placement on "${en(v.title, v.titleUr)}" has ended. Reason: ${v.reason}`
        : `Hello ${v.name},\n\nYou have moved from "${en(v.title, v.titleUr)}" to "${en(v.toTitle, v.toTitleUr)}". Reason: ${v.reason}`,
    }),
    departmentChange: (v: { name: string; fellow: string; title: string; titleUr: string | null; joined: boolean; reason: string }) => ({
      subject: v.joined ? `A fellow joins your project: ${v.fellow}` : `A fellow leaves your project: ${v.fellow}`,
      body: v.joined
        ? `Hello ${v.name},\n\n${v.fellow} joins your project "${en(v.title, v.titleUr)}". Reason: ${v.reason}`
        : `Hello ${v.name},\n\n${v.fellow} no longer works on your project "${en(v.title, v.titleUr)}". Reason: ${v.reason}`,
    }),
  },
  {
    projectReviewed: (v) => ({
      subject: v.approved ? `منصوبہ منظور: ${v.title}` : `منصوبہ تبدیلیوں کے لیے واپس: ${v.title}`,
      body: v.approved
        ? `${v.name}، السلام علیکم\n\nپروگرام عملے نے آپ کا منصوبہ "${v.title}" منظور کر لیا ہے۔ فیلوز اب اسے دیکھ کر اپنی ترجیحات میں شامل کر سکتے ہیں۔`
        : `${v.name}، السلام علیکم\n\nپروگرام عملے نے آپ کا منصوبہ "${v.title}" اس نوٹ کے ساتھ واپس کیا ہے:\n\n${v.note ?? ''}\n\nاس میں ترمیم کر کے دوبارہ جمع کرائیں۔`,
    }),
    windowOpen: (v) => ({
      subject: `${ur(v.cycle, v.cycleUr)} کے منصوبوں کی ترجیحات دیں`,
      body: `${v.name}، السلام علیکم\n\n${ur(v.cycle, v.cycleUr)} کے منصوبے تیار ہیں۔ ${formatDateTime(v.opens, 'ur')} سے ${formatDateTime(v.closes, 'ur')} (پاکستانی وقت) کے درمیان اپنی پسند کے منصوبوں کو ترجیحی ترتیب دیں۔`,
    }),
    reminder: (v) => ({
      subject: `یاد دہانی: ${ur(v.cycle, v.cycleUr)} کے لیے اپنی ترجیحات دیں`,
      body: `${v.name}، السلام علیکم\n\nآپ نے ابھی تک کسی منصوبے کو ترجیح نہیں دی۔ ترجیحات کی مدت ${formatDateTime(v.closes, 'ur')} (پاکستانی وقت) کو ختم ہو جائے گی۔`,
    }),
    fellowPlaced: (v) => ({
      subject: `آپ کی تعیناتی: ${ur(v.dept, v.deptUr)}`,
      body: `${v.name}، السلام علیکم\n\nآپ کی تعیناتی ${ur(v.dept, v.deptUr)} میں منصوبے "${ur(v.title, v.titleUr)}" پر ہوئی ہے۔ آپ کا تعیناتی خط دفتر میں پرنٹ کے لیے تیار ہے۔`,
    }),
    departmentPlaced: (v) => ({
      subject: 'آپ کے محکمے میں تعینات فیلوز',
      body: `${v.name}، السلام علیکم\n\nیہ فیلوز آپ کے محکمے میں تعینات کیے گئے ہیں:\n\n${v.linesUr.map((l) => `- ${l}`).join('\n')}`,
    }),
    fellowMoved: (v) => ({
      subject: v.ended ? 'آپ کی تعیناتی ختم ہو گئی ہے' : 'آپ کی تعیناتی تبدیل ہو گئی ہے',
      body: v.ended
        ? `${v.name}، السلام علیکم\n\nمنصوبے "${ur(v.title, v.titleUr)}" پر آپ کی تعیناتی ختم ہو گئی ہے۔ وجہ: ${v.reason}`
        : `${v.name}، السلام علیکم\n\nآپ کو "${ur(v.title, v.titleUr)}" سے "${ur(v.toTitle, v.toTitleUr)}" پر منتقل کر دیا گیا ہے۔ وجہ: ${v.reason}`,
    }),
    departmentChange: (v) => ({
      subject: v.joined ? `ایک فیلو آپ کے منصوبے میں شامل: ${v.fellow}` : `ایک فیلو آپ کے منصوبے سے رخصت: ${v.fellow}`,
      body: v.joined
        ? `${v.name}، السلام علیکم\n\n${v.fellow} آپ کے منصوبے "${ur(v.title, v.titleUr)}" میں شامل ہو رہے ہیں۔ وجہ: ${v.reason}`
        : `${v.name}، السلام علیکم\n\n${v.fellow} اب آپ کے منصوبے "${ur(v.title, v.titleUr)}" پر کام نہیں کر رہے۔ وجہ: ${v.reason}`,
    }),
  },
)
