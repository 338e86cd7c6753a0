// Cycle 8 (recruiting): the projects departments propose, the seats they ask for, the
// application form's options, the rubric and the words of applications and reviews.
import type { DeptKey } from './departments'
import type { ProjectSeed } from './projects'

/** Cycle 8 (recruiting): projects departments are proposing for 2027. */
export const CYCLE8_PROJECTS: (ProjectSeed & { status: 'DRAFT' | 'PROPOSED' | 'RETURNED' | 'APPROVED'; reviewNote?: string })[] = [
  {
    dept: 'health',
    title: 'Drug inspector field-inspection app',
    problemStatement:
      'Inspections are recorded on paper and typed in later; the licence registry cannot show what an inspector found at a pharmacy until weeks after the visit.',
    expectedOutcomes: 'An offline-first inspection app that writes straight into the licence registry.',
    skills: ['Mobile development', 'Offline-first'],
    seats: 2,
    status: 'PROPOSED',
  },
  {
    dept: 'ese',
    title: 'Free textbook distribution tracker',
    problemStatement:
      'Free textbooks reach some schools months late while others receive too many; nobody sees the distribution by school.',
    expectedOutcomes: 'Deliveries recorded by school with shortfalls visible to the district.',
    skills: ['Web development', 'Logistics data'],
    seats: 2,
    status: 'APPROVED',
  },
  {
    dept: 'lg',
    title: 'Union council service-delivery scorecards',
    problemStatement: 'Councils are funded without any public measure of the services they deliver.',
    skills: ['Data analysis', 'Dashboards'],
    seats: 2,
    status: 'RETURNED',
    reviewNote: 'Please narrow the scope to one district for the first six months and name the focal person who will own the scorecard.',
  },
  {
    dept: 'excise',
    title: 'Property tax online assessment',
    problemStatement:
      'Urban property tax is assessed by hand from old valuation tables, and owners cannot check how their tax was calculated.',
    skills: ['Web development', 'GIS'],
    seats: 2,
    status: 'DRAFT',
  },
]

/** Seats each department asked for in cycle 8 (sums to 20). */
export const CYCLE8_SEATS: Record<Exclude<DeptKey, 'nih'>, number> = {
  health: 4,
  ese: 3,
  hed: 3,
  lg: 3,
  excise: 3,
  agri: 2,
  kpitb: 2,
}

export const DEGREE_OPTIONS = [
  { value: 'BS', en: 'BS (four-year bachelor’s)', ur: 'بی ایس (چار سالہ)' },
  { value: 'BE', en: 'BE (engineering)', ur: 'بی ای (انجینئرنگ)' },
  { value: 'MS', en: 'MS', ur: 'ایم ایس' },
  { value: 'MBA', en: 'MBA', ur: 'ایم بی اے' },
  { value: 'MPhil', en: 'MPhil', ur: 'ایم فل' },
  { value: 'BA', en: 'BA / BSc (two-year)', ur: 'بی اے / بی ایس سی (دو سالہ)' },
  { value: 'OTHER', en: 'Other', ur: 'دیگر' },
]

export const ACCEPTED_DEGREES = ['BS', 'MS', 'BE', 'MBA', 'MPhil']

export const GENDER_OPTIONS = [
  { value: 'FEMALE', en: 'Female', ur: 'خاتون' },
  { value: 'MALE', en: 'Male', ur: 'مرد' },
  { value: 'OTHER', en: 'Other', ur: 'دیگر' },
  { value: 'UNDISCLOSED', en: 'Prefer not to say', ur: 'بتانا نہیں چاہتے' },
]

export const RUBRIC = [
  {
    name: 'Problem solving',
    nameUr: 'مسائل کا حل',
    description: 'Breaks a messy public-service problem into parts and reasons about trade-offs.',
    weight: 3,
    anchors: {
      '1': 'Restates the problem; no approach.',
      '3': 'A workable approach with some thought about constraints.',
      '5': 'Clear, well-reasoned approach grounded in how government offices actually work.',
    },
  },
  {
    name: 'Technical skills',
    nameUr: 'تکنیکی مہارت',
    description: 'Evidence of building, designing or analysing things that worked.',
    weight: 3,
    anchors: {
      '1': 'No evidence of practical work.',
      '3': 'Course or personal projects with some depth.',
      '5': 'Shipped work used by real people, described in detail.',
    },
  },
  {
    name: 'Public-service motivation',
    nameUr: 'عوامی خدمت کا جذبہ',
    description: 'Why the applicant wants to work inside government, and for whom.',
    weight: 2,
    anchors: {
      '1': 'Generic or career-only reasons.',
      '3': 'Sincere interest, few specifics.',
      '5': 'Specific, lived reasons and a clear idea of who would benefit.',
    },
  },
  {
    name: 'Communication',
    nameUr: 'ابلاغ',
    description: 'Writes clearly for officials and citizens; English and Urdu or Pashto.',
    weight: 2,
    anchors: {
      '1': 'Hard to follow.',
      '3': 'Clear, with some structure.',
      '5': 'Concise and persuasive; adapts to the reader.',
    },
  },
]

export const MOTIVATIONS = [
  'In {district} I watched my father go to the tehsil office five times for one land record. I want to build services that respect people’s time, and I would rather do it inside government than complain from outside.',
  'During my final-year project I built an attendance app for my university. I want to use the same skills where they reach many more people, in a government department.',
  'My mother is a lady health worker in {district}. She still fills registers by hand at night. I want to help build tools that make work like hers easier and the data more useful.',
  'I have worked for two years at a software house in Peshawar building apps for foreign clients. I want my next two years to be for my own province.',
  'I volunteered in flood relief in 2022 and saw how hard it was to know who had received help. Good public data systems save lives; I want to learn how to build them with the people who run them.',
  'As a data analyst I have cleaned a lot of government spreadsheets. I would like to help departments collect data properly in the first place.',
  'I want to understand how decisions are made in government and show that young people from {district} can improve public services.',
  'I studied public administration and taught myself web development. This fellowship is where both halves of my education meet.',
  'Girls in my village stop school after grade five because the nearest middle school is far. I want to work on education data so that such gaps are seen and fixed.',
  'I built a small Urdu chatbot for farmers in my area. I want to learn how to take ideas like this from a prototype to something a department can run for years.',
  'I believe citizens should be able to complain and get an answer. I would like to work on feedback and grievance systems in local government.',
  'After my MBA I worked in banking operations. I want to apply process improvement to services that every citizen uses.',
]

export const REVIEW_COMMENTS = [
  'Strong, concrete examples of shipped work; motivation is specific to the district. Recommend interview.',
  'Good technical background but the motivation is generic. Borderline.',
  'Clear writing and a thoughtful answer on the land-record problem. Limited technical depth.',
  'Impressive final-year project and field experience. Would do well in an E&SE or Health placement.',
  'Answers are short; hard to judge problem-solving. Not a priority for interview.',
  'Solid all round. Communication in Urdu and English is excellent.',
]
