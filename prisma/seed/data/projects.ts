// Project shapes, and the cycle-7 projects the demo fellows work on (2021-22).
import type { DeptKey } from './departments'

export interface ProjectSeed {
  dept: DeptKey
  title: string
  titleUr?: string
  problemStatement: string
  problemStatementUr?: string
  expectedOutcomes?: string
  skills: string[]
  seats: number
  summary?: string
}

/** Words the generated progress updates use for a cycle-7 project. */
export interface ProjectVoice {
  office: string
  stakeholders: string
  users: string
  process: string
  system: string
  dataset: string
  pilotSite: string
}

export type ActiveProjectSeed = ProjectSeed & { voice: ProjectVoice }

export const PHARMACY_TITLE = 'Pharmacy licence registration system'

/** KP Government Innovation Fellowship, cycle 7 (2021-22): 20 seats over 7 departments. */
export const CYCLE7_PROJECTS: ActiveProjectSeed[] = [
  {
    dept: 'health',
    title: PHARMACY_TITLE,
    titleUr: 'فارمیسی لائسنس رجسٹریشن سسٹم',
    problemStatement:
      'Drug sale licences are issued on paper in each district, so the Drug Control Cell cannot see when the same pharmacist is named on several licences. Duplicate and fake licences go unnoticed, illicit pharmacies keep operating, and the department has no way to monitor how many inspections each drug inspector carries out.',
    problemStatementUr:
      'ادویات فروخت کرنے کے لائسنس ہر ضلع میں کاغذ پر جاری ہوتے ہیں، اس لیے ڈرگ کنٹرول سیل یہ نہیں دیکھ پاتا کہ ایک ہی فارماسسٹ کا نام کئی لائسنسوں پر درج ہے۔ جعلی اور دہرے لائسنس پکڑے نہیں جاتے، غیر قانونی فارمیسیاں چلتی رہتی ہیں اور محکمے کے پاس ڈرگ انسپکٹرز کی کارکردگی جانچنے کا کوئی ذریعہ نہیں۔',
    expectedOutcomes:
      'An online registry of pharmacists and licences with a duplicate check across districts; licences applied for, inspected and issued online; an inspector dashboard showing visits and pending inspections by district.',
    skills: ['Web development', 'PostgreSQL', 'Data cleaning', 'Process mapping', 'Urdu UX writing'],
    seats: 3,
    voice: {
      office: 'the Drug Control Cell, Health Department, Peshawar',
      stakeholders: 'the Additional Secretary (Drugs Control) and the licensing section',
      users: 'drug inspectors',
      process: 'drug sale licences',
      system: 'the licence registry',
      dataset: 'the old Access database of pharmacists',
      pilotSite: 'Peshawar division',
    },
  },
  {
    dept: 'health',
    title: 'Health facility medicine stock-out alerts',
    titleUr: 'طبی مراکز میں ادویات کی کمی کے الرٹ',
    problemStatement:
      'Basic health units report medicine stock on monthly paper forms that reach the district health office weeks later. Essential medicines run out without anyone at the district knowing in time to move stock from a neighbouring facility.',
    expectedOutcomes:
      'Weekly stock reporting by SMS or app from a pilot district, with alerts to the district health officer when an essential medicine falls below two weeks of stock.',
    skills: ['Mobile development', 'SMS gateways', 'Dashboards'],
    seats: 1,
    voice: {
      office: 'the District Health Office, Charsadda',
      stakeholders: 'the District Health Officer and the district store keeper',
      users: 'BHU dispensers',
      process: 'monthly stock returns',
      system: 'the stock-out alert service',
      dataset: 'six months of stock returns from Charsadda',
      pilotSite: '12 basic health units in Charsadda',
    },
  },
  {
    dept: 'ese',
    title: 'School enrolment and attendance dashboard',
    titleUr: 'اسکول داخلہ و حاضری ڈیش بورڈ',
    problemStatement:
      'Enrolment and daily attendance are collected by monitoring assistants but reach district education officers as spreadsheets, too late to act on. Schools where girls stop attending are noticed only at the annual census.',
    expectedOutcomes:
      'A dashboard for district education officers with enrolment and attendance by school, gender and month, and a list of schools whose attendance is falling.',
    skills: ['Data analysis', 'Dashboards', 'Python', 'Data visualisation'],
    seats: 2,
    voice: {
      office: 'the Independent Monitoring Unit, Peshawar',
      stakeholders: 'the Deputy Secretary (IT) and two district education officers',
      users: 'district education officers',
      process: 'attendance returns',
      system: 'the attendance dashboard',
      dataset: "last year's monitoring data for Mardan and Swabi",
      pilotSite: 'Mardan district',
    },
  },
  {
    dept: 'ese',
    title: 'Teacher transfer and posting portal',
    titleUr: 'اساتذہ کے تبادلوں اور تعیناتیوں کا پورٹل',
    problemStatement:
      'Teachers apply for transfers on paper and wait months without knowing where their request stands; vacancies and merit points are not published, which invites complaints of favouritism.',
    expectedOutcomes: 'Online transfer requests with published vacancies, merit points and a status a teacher can check.',
    skills: ['Web development', 'Forms', 'Policy analysis'],
    seats: 1,
    voice: {
      office: 'the E&SE Directorate, Peshawar',
      stakeholders: 'the Establishment section',
      users: 'teachers and clerks',
      process: 'transfer requests',
      system: 'the transfer portal',
      dataset: 'the vacancy list for primary schools',
      pilotSite: 'Nowshera district',
    },
  },
  {
    dept: 'hed',
    title: 'Scholarship application portal',
    titleUr: 'اسکالرشپ درخواست پورٹل',
    problemStatement:
      'Students from public colleges apply for provincial merit and need-based scholarships with photocopies sent by post. Applications are lost, eligibility is checked by hand and students from far districts travel to Peshawar to follow up.',
    expectedOutcomes: 'One online application for all provincial scholarships, automatic eligibility checks and SMS updates to students.',
    skills: ['Web development', 'Accessibility', 'SMS gateways'],
    seats: 2,
    voice: {
      office: 'the Higher Education Department, Peshawar',
      stakeholders: 'the scholarships cell and the Director (Planning & Development)',
      users: 'scholarship clerks and students',
      process: 'scholarship applications',
      system: 'the scholarship portal',
      dataset: "last year's 4,000 paper applications",
      pilotSite: 'the need-based scholarship round',
    },
  },
  {
    dept: 'hed',
    title: 'College admissions merit-list publisher',
    titleUr: 'کالج داخلوں کی میرٹ لسٹ کی اشاعت',
    problemStatement:
      'Government colleges post merit lists on notice boards, so students travel to each college to check their position. Lists are computed in spreadsheets with frequent errors.',
    expectedOutcomes: 'Merit lists computed from one admissions dataset and published online and by SMS.',
    skills: ['Python', 'Data cleaning', 'Web development'],
    seats: 1,
    voice: {
      office: 'the Directorate of Higher Education, Peshawar',
      stakeholders: 'the admissions committee',
      users: 'college admission clerks',
      process: 'merit lists',
      system: 'the merit-list publisher',
      dataset: "last year's admissions for five Peshawar colleges",
      pilotSite: 'five colleges in Peshawar',
    },
  },
  {
    dept: 'lg',
    title: 'Local council grievance tracker',
    titleUr: 'مقامی کونسل شکایات ٹریکر',
    problemStatement:
      'Citizens complain to tehsil and village councils about water supply, drains and streetlights, but complaints are written in registers and nobody can tell how many were resolved or how long they took.',
    expectedOutcomes:
      'A grievance tracker for councils with a complaint number for the citizen, SMS updates and monthly resolution figures for the department.',
    skills: ['Web development', 'SMS gateways', 'Service design'],
    seats: 2,
    voice: {
      office: 'the Local Government Secretariat, Peshawar',
      stakeholders: 'the Deputy Secretary (Development) and the tehsil municipal officers',
      users: 'council secretaries',
      process: 'complaint registers',
      system: 'the grievance tracker',
      dataset: 'three complaint registers from Tehsil Kohat',
      pilotSite: 'Tehsil Municipal Administration Kohat',
    },
  },
  {
    dept: 'lg',
    title: 'Birth and death registration digitisation',
    titleUr: 'پیدائش و اموات کے اندراج کی ڈیجیٹائزیشن',
    problemStatement:
      'Union councils keep birth and death registers on paper; certificates take weeks and records are lost in floods and fires.',
    expectedOutcomes: 'Registers for a pilot union council entered into a searchable system, with certificates printed from it.',
    skills: ['Data entry workflows', 'Web development', 'Training'],
    seats: 1,
    voice: {
      office: 'Union Council Pabbi, Nowshera',
      stakeholders: 'the union council secretary',
      users: 'union council secretaries',
      process: 'birth and death registers',
      system: 'the civil registration app',
      dataset: 'ten years of scanned registers',
      pilotSite: 'Union Council Pabbi',
    },
  },
  {
    dept: 'excise',
    title: 'Motor-vehicle token tax e-payment',
    titleUr: 'موٹر گاڑیوں کے ٹوکن ٹیکس کی آن لائن ادائیگی',
    problemStatement:
      'Vehicle owners queue at excise offices or banks to pay the annual token tax and carry a paper token as proof. Defaulters are hard to trace and the department cannot see collections by district in real time.',
    expectedOutcomes:
      'Token tax paid online through bank and mobile-wallet channels, with a verifiable e-token and daily collection figures.',
    skills: ['Payments integration', 'Web development', 'Security'],
    seats: 2,
    voice: {
      office: 'the Excise & Taxation Directorate, Peshawar',
      stakeholders: 'the Director (Excise & Taxation) and the motor registration branch',
      users: 'motor registration clerks',
      process: 'token tax collection',
      system: 'the e-payment service',
      dataset: 'the vehicle register for Peshawar',
      pilotSite: 'Peshawar motor registration office',
    },
  },
  {
    dept: 'agri',
    title: 'Crop advisory SMS service',
    titleUr: 'فصلوں کے مشوروں کی ایس ایم ایس سروس',
    problemStatement:
      'Extension workers cannot reach most small farmers in person, so advice on sowing dates, pests and weather arrives late or not at all.',
    expectedOutcomes: 'Farmers subscribe by SMS in Urdu or Pashto and receive seasonal advice for their crop and district.',
    skills: ['SMS gateways', 'Content design', 'Pashto/Urdu'],
    seats: 1,
    voice: {
      office: 'the Directorate of Agricultural Extension, Peshawar',
      stakeholders: 'the Deputy Director (Agricultural Extension) and field assistants',
      users: 'field assistants and farmers',
      process: 'crop advisories',
      system: 'the advisory SMS service',
      dataset: 'the farmer register of two tehsils',
      pilotSite: 'Swabi and Charsadda',
    },
  },
  {
    dept: 'agri',
    title: 'Livestock vaccination campaign tracker',
    titleUr: 'مویشیوں کی ویکسینیشن مہم ٹریکر',
    problemStatement:
      'During vaccination campaigns against foot-and-mouth disease, veterinary teams report coverage on paper tallies, so gaps by village are found only after the campaign.',
    expectedOutcomes: 'A mobile tally for vaccination teams and a daily coverage map for the campaign.',
    skills: ['Mobile development', 'Offline-first', 'Maps'],
    seats: 1,
    voice: {
      office: 'the Livestock & Dairy Development wing, Peshawar',
      stakeholders: 'the campaign coordinator',
      users: 'veterinary assistants',
      process: 'vaccination tallies',
      system: 'the campaign tracker',
      dataset: "last spring's campaign tallies",
      pilotSite: 'Mansehra district',
    },
  },
  {
    dept: 'kpitb',
    title: 'Citizen digital-services prototype (single platform)',
    titleUr: 'شہریوں کے لیے ڈیجیٹل خدمات کا پروٹو ٹائپ (واحد پلیٹ فارم)',
    problemStatement:
      'KP citizens use a different website, app and account for every government service. The KP IT Board wants a single platform where citizens can find and use digital services with one identity and receive messages from the government.',
    expectedOutcomes:
      'A prototype of a single citizen platform with a digital-identity sign-in, a service catalogue and two-way government-citizen messaging, tested with citizens.',
    skills: ['Service design', 'Web development', 'Identity and access', 'User research'],
    seats: 3,
    voice: {
      office: 'the KP IT Board, Peshawar',
      stakeholders: 'the Director (e-Governance) and the digital services team',
      users: 'citizens at a service centre',
      process: 'the catalogue of online services',
      system: 'the single-platform prototype',
      dataset: 'the list of 60 online services across departments',
      pilotSite: 'the Peshawar citizen facilitation centre',
    },
  },
]
