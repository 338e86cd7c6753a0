// Projects of the completed cycles: KP cycles 1-6, TECH-NIH cycle 1 and the women's internship.
import type { ProjectSeed } from './projects'

/** Completed KP cycles 1-6: one October start a year, 2015-2020. */
export const PAST_KP_CYCLES: { number: number; year: number; projects: ProjectSeed[] }[] = [
  {
    number: 1,
    year: 2015,
    projects: [
      {
        dept: 'ese',
        title: 'School census data portal',
        problemStatement: 'The annual school census was typed into spreadsheets at district offices and reached planners months late.',
        skills: ['Web development', 'Data validation'],
        seats: 2,
        summary:
          'Moved the annual school census to an online form with validation, so district data reached the Directorate weeks earlier and with fewer errors.',
      },
      {
        dept: 'health',
        title: 'Vaccinator attendance tracking',
        problemStatement:
          'District health offices could not verify whether vaccinators reached the villages on their routine-immunisation plan.',
        skills: ['Mobile development', 'Maps'],
        seats: 2,
        summary: 'Vaccinators checked in from the field on a simple Android app; district officers saw coverage and absences on a map.',
      },
      {
        dept: 'lg',
        title: 'Building-plan approval tracker',
        problemStatement: 'Citizens had no way to see where their building-plan application stood in the municipal office.',
        skills: ['Web development'],
        seats: 1,
        summary: 'Gave each application a tracking number and an online status page for one municipal office.',
      },
    ],
  },
  {
    number: 2,
    year: 2016,
    projects: [
      {
        dept: 'excise',
        title: 'Vehicle registration verification by SMS',
        problemStatement: 'Buyers of used vehicles could not check whether a registration number was genuine or had unpaid taxes.',
        skills: ['SMS gateways', 'APIs'],
        seats: 2,
        summary: 'Citizens send a registration number by SMS and receive the owner-verified make, model and tax status.',
      },
      {
        dept: 'agri',
        title: 'Fertiliser and seed price monitoring',
        problemStatement:
          'Farmers were overcharged for fertiliser and seed during sowing season and the department learned of it from the press.',
        skills: ['Mobile data collection', 'Dashboards'],
        seats: 2,
        summary:
          'Field assistants reported weekly market prices from 40 markets; outliers were flagged to the district agriculture officer.',
      },
      {
        dept: 'hed',
        title: 'College faculty information system',
        problemStatement: 'The department had no single list of college teachers, their subjects and vacancies.',
        skills: ['Web development', 'Data cleaning'],
        seats: 2,
        summary: 'Built a faculty register for government colleges that the department now uses for postings and vacancy planning.',
      },
    ],
  },
  {
    number: 3,
    year: 2017,
    projects: [
      {
        dept: 'health',
        title: 'Drug sale licence database',
        problemStatement: 'Drug sale licences were kept in district registers that could not be searched or compared.',
        skills: ['Database design', 'Data entry workflows'],
        seats: 2,
        summary:
          'Created the first digital database of drug sale licences for three districts: the groundwork for the 2021 pharmacy licence registration system.',
      },
      {
        dept: 'kpitb',
        title: 'Citizen feedback portal',
        problemStatement: 'Citizens had no common channel to give feedback on government services.',
        skills: ['Web development', 'Service design'],
        seats: 2,
        summary: 'A feedback portal routing citizen comments to the responsible department, with monthly response figures.',
      },
    ],
  },
  {
    number: 4,
    year: 2018,
    projects: [
      {
        dept: 'ese',
        title: 'Teacher absenteeism reporting',
        problemStatement: 'Teacher absence reported by monitors took a month to reach the officers who could act on it.',
        skills: ['Dashboards', 'Data analysis'],
        seats: 3,
        summary: 'Weekly absence reports by school and district, sent to district education officers by email and SMS.',
      },
      {
        dept: 'agri',
        title: 'Livestock census mobile app',
        problemStatement: 'The livestock census was collected on paper forms and took over a year to tabulate.',
        skills: ['Mobile development', 'Offline-first'],
        seats: 2,
        summary: 'An offline census app used in two pilot districts; tabulation time fell from months to days.',
      },
      {
        dept: 'excise',
        title: 'Property tax assessment records',
        problemStatement: 'Property tax assessment files were paper-only and could not be searched by owner or property.',
        skills: ['Data entry workflows', 'Web development'],
        seats: 2,
        summary: 'Digitised assessment records for Peshawar city and made them searchable for excise officers.',
      },
    ],
  },
  {
    number: 5,
    year: 2019,
    projects: [
      {
        dept: 'health',
        title: 'Hospital outpatient token system',
        problemStatement: 'Outpatients at teaching hospitals queued for hours with no idea of their turn.',
        skills: ['Web development', 'Hardware integration'],
        seats: 3,
        summary: 'Printed tokens and display screens in two outpatient departments; average waiting was measured and published monthly.',
      },
      {
        dept: 'hed',
        title: 'Online college admissions',
        problemStatement: 'Students bought and submitted paper admission forms at each college separately.',
        skills: ['Web development', 'Payments integration'],
        seats: 3,
        summary: 'One online admission form for government colleges in Peshawar, with the fee paid at any bank branch.',
      },
      {
        dept: 'kpitb',
        title: 'KP open data portal',
        problemStatement: 'Government datasets were published as scanned PDFs, if at all.',
        skills: ['Data engineering', 'Open data standards'],
        seats: 2,
        summary: 'Published the first machine-readable datasets from five departments on an open data portal.',
      },
    ],
  },
  {
    number: 6,
    year: 2020,
    projects: [
      {
        dept: 'health',
        title: 'COVID-19 hospital bed availability dashboard',
        problemStatement:
          'During the first COVID-19 wave, patients and ambulances could not tell which hospitals had free beds or ventilators.',
        skills: ['Dashboards', 'APIs', 'Data pipelines'],
        seats: 2,
        summary: 'Hospitals updated bed and ventilator counts twice a day; a public dashboard showed availability by district.',
      },
      {
        dept: 'ese',
        title: 'Tele-school lesson schedule and SMS reminders',
        problemStatement: 'With schools closed, families did not know when lessons for each class were broadcast on TV and radio.',
        skills: ['SMS gateways', 'Content design'],
        seats: 2,
        summary: 'Parents subscribed by SMS and received the daily broadcast schedule for their child’s class.',
      },
      {
        dept: 'lg',
        title: 'Municipal complaints app for tehsil councils',
        problemStatement: 'Tehsil councils received complaints on paper and could not report how many they resolved.',
        skills: ['Mobile development', 'Web development'],
        seats: 2,
        summary: 'A complaints app for three tehsil councils; its lessons shaped the 2021 local council grievance tracker.',
      },
    ],
  },
]

/** TECH-NIH Fellowship cycle 1 (2021): six fellows, public-health projects. */
export const NIH_PROJECTS: ProjectSeed[] = [
  {
    dept: 'nih',
    title: 'Disease surveillance dashboard',
    titleUr: 'بیماریوں کی نگرانی کا ڈیش بورڈ',
    problemStatement: 'Weekly reports of priority diseases arrived from districts as spreadsheets and emails, so outbreaks were seen late.',
    skills: ['Dashboards', 'Data pipelines', 'Epidemiology data'],
    seats: 2,
    summary: 'A weekly dashboard of priority diseases by district with alert thresholds, used in the NIH surveillance meetings.',
  },
  {
    dept: 'nih',
    title: 'Laboratory information system for sample tracking',
    titleUr: 'نمونوں کی ٹریکنگ کے لیے لیبارٹری انفارمیشن سسٹم',
    problemStatement:
      'Samples referred to NIH laboratories were logged in paper registers; results were hard to trace back to a sample and a sender.',
    skills: ['Web development', 'Barcode scanning', 'Database design'],
    seats: 2,
    summary: 'Barcoded sample intake with status tracking from receipt to result for the virology laboratory.',
  },
  {
    dept: 'nih',
    title: 'Vaccine cold-chain temperature tracker',
    titleUr: 'ویکسین کولڈ چین درجہ حرارت ٹریکر',
    problemStatement: 'Vaccine stores logged fridge temperatures by hand twice a day; excursions were noticed too late.',
    skills: ['IoT', 'Alerts', 'Dashboards'],
    seats: 1,
    summary: 'Temperature loggers in pilot stores sent readings every 15 minutes with SMS alerts on excursions.',
  },
  {
    dept: 'nih',
    title: 'COVID-19 test-results SMS service',
    titleUr: 'کووڈ 19 ٹیسٹ کے نتائج کی ایس ایم ایس سروس',
    problemStatement: 'People tested for COVID-19 waited days and called the laboratory to learn their result.',
    skills: ['SMS gateways', 'APIs', 'Privacy'],
    seats: 1,
    summary: 'Results are sent by SMS as soon as the laboratory verifies them, with a code to download the report.',
  },
]

/** KP Civic Women's Internship cohort 1 (2021-22). */
export const INTERNSHIP_PROJECTS: ProjectSeed[] = [
  {
    dept: 'kpitb',
    title: 'District digital-services help desk',
    problemStatement: 'Women in remote districts rarely use online government services, and there is nobody nearby to help them start.',
    expectedOutcomes: 'A help desk run by interns in their districts, with a log of requests and which services people needed.',
    skills: ['Digital literacy', 'Community outreach', 'Spreadsheets'],
    seats: 4,
  },
  {
    dept: 'ese',
    title: "Girls' school facilities survey digitisation",
    problemStatement:
      'Facility surveys of girls’ schools (toilets, boundary walls, water) in remote districts are on paper and out of date.',
    expectedOutcomes: 'Surveys of girls’ schools entered into a shared dataset with photos.',
    skills: ['Mobile data collection', 'Data entry'],
    seats: 3,
  },
  {
    dept: 'health',
    title: 'Basic health unit service directory',
    problemStatement: 'Women do not know which nearby health facility has a lady health visitor, a delivery room or vaccines available.',
    expectedOutcomes: 'A directory of basic health units and their services for the interns’ districts, in Urdu.',
    skills: ['Data collection', 'Urdu writing'],
    seats: 3,
  },
]
