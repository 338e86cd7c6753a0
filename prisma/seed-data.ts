// Static lists for the demo seed (prisma/seed.ts): programmes, departments, projects, names
// and districts. Names of programmes, departments and the 2021 projects follow Code for
// Pakistan's 2021 review; people are invented. Email addresses use reserved domains.

export type DeptKey = 'health' | 'ese' | 'hed' | 'lg' | 'excise' | 'agri' | 'kpitb' | 'nih'
export type Sex = 'FEMALE' | 'MALE'

// ---------------------------------------------------------------- places

/** Khyber Pakhtunkhwa districts (2021 boundaries): English name (stored value) and Urdu. */
export const KP_DISTRICTS: { en: string; ur: string }[] = [
  { en: 'Abbottabad', ur: 'ایبٹ آباد' },
  { en: 'Bajaur', ur: 'باجوڑ' },
  { en: 'Bannu', ur: 'بنوں' },
  { en: 'Battagram', ur: 'بٹگرام' },
  { en: 'Buner', ur: 'بونیر' },
  { en: 'Charsadda', ur: 'چارسدہ' },
  { en: 'Dera Ismail Khan', ur: 'ڈیرہ اسماعیل خان' },
  { en: 'Hangu', ur: 'ہنگو' },
  { en: 'Haripur', ur: 'ہری پور' },
  { en: 'Karak', ur: 'کرک' },
  { en: 'Khyber', ur: 'خیبر' },
  { en: 'Kohat', ur: 'کوہاٹ' },
  { en: 'Kolai-Palas', ur: 'کولئی پالس' },
  { en: 'Kurram', ur: 'کرم' },
  { en: 'Lakki Marwat', ur: 'لکی مروت' },
  { en: 'Lower Chitral', ur: 'لوئر چترال' },
  { en: 'Lower Dir', ur: 'لوئر دیر' },
  { en: 'Lower Kohistan', ur: 'لوئر کوہستان' },
  { en: 'Malakand', ur: 'ملاکنڈ' },
  { en: 'Mansehra', ur: 'مانسہرہ' },
  { en: 'Mardan', ur: 'مردان' },
  { en: 'Mohmand', ur: 'مہمند' },
  { en: 'North Waziristan', ur: 'شمالی وزیرستان' },
  { en: 'Nowshera', ur: 'نوشہرہ' },
  { en: 'Orakzai', ur: 'اورکزئی' },
  { en: 'Peshawar', ur: 'پشاور' },
  { en: 'Shangla', ur: 'شانگلہ' },
  { en: 'South Waziristan', ur: 'جنوبی وزیرستان' },
  { en: 'Swabi', ur: 'صوابی' },
  { en: 'Swat', ur: 'سوات' },
  { en: 'Tank', ur: 'ٹانک' },
  { en: 'Torghar', ur: 'تورغر' },
  { en: 'Upper Chitral', ur: 'اپر چترال' },
  { en: 'Upper Dir', ur: 'اپر دیر' },
  { en: 'Upper Kohistan', ur: 'اپر کوہستان' },
]

/** Remote districts the women's internship recruits from. */
export const REMOTE_DISTRICTS = [
  'Upper Chitral',
  'Lower Chitral',
  'Upper Kohistan',
  'Lower Kohistan',
  'Kolai-Palas',
  'Shangla',
  'Battagram',
  'Torghar',
  'Upper Dir',
  'Lower Dir',
  'Bajaur',
  'Khyber',
  'Kurram',
  'Orakzai',
  'North Waziristan',
  'South Waziristan',
  'Tank',
]

/** Where most KP applicants come from: the larger districts appear more than once. */
export const KP_APPLICANT_DISTRICTS = [
  ...KP_DISTRICTS.map((d) => d.en),
  'Peshawar', 'Peshawar', 'Peshawar', 'Peshawar', 'Mardan', 'Mardan', 'Swat', 'Swat',
  'Abbottabad', 'Abbottabad', 'Nowshera', 'Charsadda', 'Kohat', 'Dera Ismail Khan', 'Swabi', 'Mansehra',
]

/** Home districts of the federal (TECH-NIH) fellows. */
export const FEDERAL_DISTRICTS = ['Islamabad', 'Islamabad', 'Rawalpindi', 'Lahore', 'Peshawar', 'Abbottabad', 'Multan', 'Quetta']

// ---------------------------------------------------------------- names

export const FEMALE_FIRST = [
  'Ayesha', 'Fatima', 'Zainab', 'Maryam', 'Sana', 'Hina', 'Rabia', 'Saima', 'Nadia', 'Amna',
  'Sidra', 'Iqra', 'Mehwish', 'Laiba', 'Kiran', 'Shazia', 'Samreen', 'Nazia', 'Farzana', 'Uzma',
  'Asma', 'Saba', 'Huma', 'Gulalai', 'Palwasha', 'Zarghona', 'Shabana', 'Nargis', 'Rukhsar', 'Khadija',
  'Noor', 'Tehmina', 'Sumaira', 'Yasmeen', 'Areeba', 'Hafsa', 'Javeria', 'Shehla', 'Zarmina', 'Wagma',
  'Rida', 'Mahjabeen', 'Bakhtawar', 'Shagufta', 'Nageen',
]

export const MALE_FIRST = [
  'Ahmad', 'Bilal', 'Usman', 'Hamza', 'Faisal', 'Imran', 'Junaid', 'Kamran', 'Waqas', 'Zeeshan',
  'Asad', 'Fahad', 'Haris', 'Irfan', 'Jawad', 'Naveed', 'Omar', 'Saad', 'Tahir', 'Yasir',
  'Zubair', 'Adnan', 'Arsalan', 'Danish', 'Ehsan', 'Farhan', 'Hassan', 'Ismail', 'Khalid', 'Luqman',
  'Mudassir', 'Noman', 'Qasim', 'Rizwan', 'Salman', 'Shahzad', 'Talha', 'Wajid', 'Zakir', 'Aimal',
  'Sher Ali', 'Fazal', 'Inam', 'Wali', 'Mujahid',
]

export const SURNAMES = [
  'Khan', 'Yousafzai', 'Afridi', 'Khattak', 'Marwat', 'Bangash', 'Orakzai', 'Shinwari', 'Mohmand', 'Durrani',
  'Wazir', 'Mehsud', 'Gandapur', 'Kundi', 'Swati', 'Tanoli', 'Jadoon', 'Abbasi', 'Qureshi', 'Shah',
  'Gul', 'Ullah', 'Ahmad', 'Hussain', 'Iqbal', 'Zaman', 'Jan', 'Rehman', 'Akhtar', 'Baig',
  'Kakakhel', 'Tareen', 'Niazi', 'Mashwani', 'Safi', 'Utmankhel', 'Daudzai', 'Sherpao', 'Momand', 'Toru',
]

/** Mostly used with women's names in the remote districts. */
export const FEMALE_SECOND = ['Bibi', 'Gul', 'Begum', 'Jan', 'Noor', 'Khan', 'Shah', 'Afridi', 'Bangash', 'Yousafzai']

// ---------------------------------------------------------------- staff (besides the demo accounts)

export const STAFF_USERS: { email: string; name: string; role: 'STAFF' | 'REVIEWER'; gender: Sex; district: string }[] = [
  { email: 'sohail@daftar.pk', name: 'Sohail Ahmad', role: 'STAFF', gender: 'MALE', district: 'Peshawar' },
  { email: 'nazim@daftar.pk', name: 'Nazim Ullah', role: 'STAFF', gender: 'MALE', district: 'Mardan' },
  { email: 'shahzeb@daftar.pk', name: 'Shah Zeb Khan', role: 'REVIEWER', gender: 'MALE', district: 'Swabi' },
  { email: 'ebtihaj@daftar.pk', name: 'Ebtihaj Ahmed', role: 'STAFF', gender: 'MALE', district: 'Islamabad' },
  { email: 'bushra@daftar.pk', name: 'Bushra Gul', role: 'REVIEWER', gender: 'FEMALE', district: 'Abbottabad' },
  { email: 'ali@daftar.pk', name: 'Ali Raza', role: 'STAFF', gender: 'MALE', district: 'Islamabad' },
]

// ---------------------------------------------------------------- departments

export interface ContactSeed {
  name: string
  title: string
  email: string
  phone?: string
  focal: boolean
  /** Email of the PARTNER user this contact signs in as. */
  userEmail?: string
}

export interface DepartmentSeed {
  key: DeptKey
  name: string
  nameUr: string
  shortName: string
  level: 'PROVINCIAL' | 'FEDERAL'
  province: string
  website?: string
  /** The department's PARTNER user; the Health one is the demo partner account. */
  partner: { email: string; name: string; gender: Sex }
  contacts: ContactSeed[]
}

const KP = 'Khyber Pakhtunkhwa'

export const DEPARTMENTS: DepartmentSeed[] = [
  {
    key: 'health',
    name: 'Health Department',
    nameUr: 'محکمہ صحت',
    shortName: 'Health',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner@daftar.pk', name: 'Dr. Tariq Mehmood', gender: 'MALE' },
    contacts: [
      { name: 'Dr. Tariq Mehmood', title: 'Additional Secretary (Drugs Control)', email: 'tariq.mehmood@health.kp.gov.pk.example', focal: true, userEmail: 'partner@daftar.pk' },
      { name: 'Dr. Sana Gul', title: 'Deputy Director (IT)', email: 'sana.gul@health.kp.gov.pk.example', focal: false },
    ],
  },
  {
    key: 'ese',
    name: 'Elementary & Secondary Education Department',
    nameUr: 'محکمہ ابتدائی و ثانوی تعلیم',
    shortName: 'E&SE',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner.education@daftar.pk', name: 'Farhana Jadoon', gender: 'FEMALE' },
    contacts: [
      { name: 'Farhana Jadoon', title: 'Deputy Secretary (IT)', email: 'farhana.jadoon@ese.kp.gov.pk.example', focal: true, userEmail: 'partner.education@daftar.pk' },
      { name: 'Muhammad Saleem', title: 'Director, Independent Monitoring Unit', email: 'm.saleem@ese.kp.gov.pk.example', focal: false },
    ],
  },
  {
    key: 'hed',
    name: 'Higher Education Department',
    nameUr: 'محکمہ اعلیٰ تعلیم',
    shortName: 'HED',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner.highered@daftar.pk', name: 'Prof. Iftikhar Ahmad', gender: 'MALE' },
    contacts: [
      { name: 'Prof. Iftikhar Ahmad', title: 'Director (Planning & Development)', email: 'iftikhar.ahmad@hed.kp.gov.pk.example', focal: true, userEmail: 'partner.highered@daftar.pk' },
    ],
  },
  {
    key: 'lg',
    name: 'Local Government, Elections & Rural Development Department',
    nameUr: 'محکمہ بلدیات، انتخابات و دیہی ترقی',
    shortName: 'LG&RDD',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner.localgov@daftar.pk', name: 'Asad Ullah Marwat', gender: 'MALE' },
    contacts: [
      { name: 'Asad Ullah Marwat', title: 'Deputy Secretary (Development)', email: 'asad.marwat@lg.kp.gov.pk.example', focal: true, userEmail: 'partner.localgov@daftar.pk' },
      { name: 'Nasreen Akhtar', title: 'Section Officer (Councils)', email: 'nasreen.akhtar@lg.kp.gov.pk.example', focal: false },
    ],
  },
  {
    key: 'excise',
    name: 'Excise, Taxation & Narcotics Control Department',
    nameUr: 'محکمہ ایکسائز، ٹیکسیشن و انسداد منشیات',
    shortName: 'ET&NC',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner.excise@daftar.pk', name: 'Shahid Iqbal Bangash', gender: 'MALE' },
    contacts: [
      { name: 'Shahid Iqbal Bangash', title: 'Director (Excise & Taxation)', email: 'shahid.bangash@excise.kp.gov.pk.example', focal: true, userEmail: 'partner.excise@daftar.pk' },
    ],
  },
  {
    key: 'agri',
    name: 'Agriculture & Livestock Department',
    nameUr: 'محکمہ زراعت و لائیو سٹاک',
    shortName: 'Agriculture',
    level: 'PROVINCIAL',
    province: KP,
    partner: { email: 'partner.agriculture@daftar.pk', name: 'Dr. Noor ul Amin', gender: 'MALE' },
    contacts: [
      { name: 'Dr. Noor ul Amin', title: 'Deputy Director (Agricultural Extension)', email: 'noor.amin@agri.kp.gov.pk.example', focal: true, userEmail: 'partner.agriculture@daftar.pk' },
      { name: 'Dr. Rehana Kausar', title: 'Veterinary Officer (Livestock Extension)', email: 'rehana.kausar@agri.kp.gov.pk.example', focal: false },
    ],
  },
  {
    key: 'kpitb',
    name: 'Khyber Pakhtunkhwa Information Technology Board',
    nameUr: 'خیبر پختونخوا انفارمیشن ٹیکنالوجی بورڈ',
    shortName: 'KP IT Board',
    level: 'PROVINCIAL',
    province: KP,
    website: 'https://kpitb.gov.pk',
    partner: { email: 'partner.kpitb@daftar.pk', name: 'Sadia Arbab', gender: 'FEMALE' },
    contacts: [
      { name: 'Sadia Arbab', title: 'Director (e-Governance)', email: 'sadia.arbab@kpitb.gov.pk.example', focal: true, userEmail: 'partner.kpitb@daftar.pk' },
      { name: 'Waqas Khan', title: 'Project Manager (Digital Services)', email: 'waqas.khan@kpitb.gov.pk.example', focal: false },
    ],
  },
  {
    key: 'nih',
    name: 'National Institutes of Health (NIH)',
    nameUr: 'قومی ادارہ صحت',
    shortName: 'NIH',
    level: 'FEDERAL',
    province: 'Islamabad Capital Territory',
    website: 'https://www.nih.org.pk',
    partner: { email: 'partner.nih@daftar.pk', name: 'Dr. Amina Siddiqui', gender: 'FEMALE' },
    contacts: [
      { name: 'Dr. Amina Siddiqui', title: 'Chief, Public Health Laboratories Division', email: 'amina.siddiqui@nih.org.pk.example', focal: true, userEmail: 'partner.nih@daftar.pk' },
      { name: 'Dr. Kashif Nadeem', title: 'Deputy Director (Surveillance)', email: 'kashif.nadeem@nih.org.pk.example', focal: false },
    ],
  },
]

// ---------------------------------------------------------------- programmes

export const SLUG_KP = 'kp-government-innovation-fellowship'
export const SLUG_NIH = 'tech-nih-fellowship'
export const SLUG_WOMEN = 'kp-civic-womens-internship'

export const PROGRAMMES = [
  {
    slug: SLUG_KP,
    name: 'KP Government Innovation Fellowship',
    nameUr: 'کے پی گورنمنٹ انوویشن فیلوشپ',
    kind: 'FELLOWSHIP' as const,
    level: 'PROVINCIAL' as const,
    province: KP,
    description:
      'A twelve-month, full-time fellowship that places technologists, designers and analysts inside Khyber Pakhtunkhwa government departments. Fellows work with a focal person in each department to build citizen-centred digital services, increase government efficiency and transparency, and open channels for citizen feedback and reporting.',
    descriptionUr:
      'بارہ ماہ کی کل وقتی فیلوشپ جس میں ٹیکنالوجی، ڈیزائن اور ڈیٹا کے ماہرین خیبر پختونخوا کے سرکاری محکموں کے اندر کام کرتے ہیں۔ فیلوز ہر محکمے کے فوکل پرسن کے ساتھ مل کر شہریوں کی ضروریات پر مبنی ڈیجیٹل خدمات بناتے ہیں، حکومتی کارکردگی اور شفافیت بڑھاتے ہیں اور شہریوں کی رائے اور شکایات کے لیے رابطے کے ذرائع کھولتے ہیں۔',
    funders: ['KP IT Board', 'World Bank'],
    partners: ['Government of Khyber Pakhtunkhwa', 'KP IT Board', 'World Bank'],
    durationMonths: 12,
    stipendPkr: 80000,
  },
  {
    slug: SLUG_NIH,
    name: 'TECH-NIH Fellowship',
    nameUr: 'ٹیک این آئی ایچ فیلوشپ',
    kind: 'FELLOWSHIP' as const,
    level: 'FEDERAL' as const,
    province: 'Islamabad Capital Territory',
    description:
      "Code for Pakistan's first fellowship at the federal level. Fellows work with the National Institutes of Health (NIH) in Islamabad on digital services for public health: disease surveillance, laboratory sample tracking, the vaccine cold chain and test-result delivery.",
    descriptionUr:
      'وفاقی سطح پر کوڈ فار پاکستان کی پہلی فیلوشپ۔ فیلوز اسلام آباد میں قومی ادارہ صحت کے ساتھ صحت عامہ کی ڈیجیٹل خدمات پر کام کرتے ہیں: بیماریوں کی نگرانی، لیبارٹری نمونوں کی ٹریکنگ، ویکسین کی کولڈ چین اور ٹیسٹ کے نتائج کی ترسیل۔',
    funders: ['National Institutes of Health (NIH)'],
    partners: ['National Institutes of Health (NIH)', 'Ministry of National Health Services, Regulations & Coordination'],
    durationMonths: 10,
    stipendPkr: 90000,
  },
  {
    slug: SLUG_WOMEN,
    name: "KP Civic Women's Internship",
    nameUr: 'کے پی سوک ویمنز انٹرن شپ',
    kind: 'INTERNSHIP' as const,
    level: 'PROVINCIAL' as const,
    province: KP,
    description:
      'A six-month paid internship for women from remote districts of Khyber Pakhtunkhwa. Interns work with government offices on civic-technology projects close to home, with mentoring, training and a monthly stipend, so that more women from these districts enter public-service and technology careers.',
    descriptionUr:
      'خیبر پختونخوا کے دور دراز اضلاع کی خواتین کے لیے چھ ماہ کی بامعاوضہ انٹرن شپ۔ انٹرنز اپنے علاقے کے سرکاری دفاتر کے ساتھ شہری ٹیکنالوجی کے منصوبوں پر کام کرتی ہیں، انہیں رہنمائی، تربیت اور ماہانہ وظیفہ ملتا ہے، تاکہ ان اضلاع کی زیادہ خواتین سرکاری خدمت اور ٹیکنالوجی کے شعبوں میں آگے آئیں۔',
    funders: ['Helvetas', 'World Bank'],
    partners: ['Helvetas', 'KP IT Board', 'World Bank'],
    durationMonths: 6,
    stipendPkr: 40000,
  },
]

// ---------------------------------------------------------------- projects

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
    expectedOutcomes: 'Weekly stock reporting by SMS or app from a pilot district, with alerts to the district health officer when an essential medicine falls below two weeks of stock.',
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
    expectedOutcomes: 'A dashboard for district education officers with enrolment and attendance by school, gender and month, and a list of schools whose attendance is falling.',
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
    expectedOutcomes: 'A grievance tracker for councils with a complaint number for the citizen, SMS updates and monthly resolution figures for the department.',
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
    expectedOutcomes: 'Token tax paid online through bank and mobile-wallet channels, with a verifiable e-token and daily collection figures.',
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
    expectedOutcomes: 'A prototype of a single citizen platform with a digital-identity sign-in, a service catalogue and two-way government-citizen messaging, tested with citizens.',
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
    problemStatement: 'Free textbooks reach some schools months late while others receive too many; nobody sees the distribution by school.',
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
    problemStatement: 'Urban property tax is assessed by hand from old valuation tables, and owners cannot check how their tax was calculated.',
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
        summary: 'Moved the annual school census to an online form with validation, so district data reached the Directorate weeks earlier and with fewer errors.',
      },
      {
        dept: 'health',
        title: 'Vaccinator attendance tracking',
        problemStatement: 'District health offices could not verify whether vaccinators reached the villages on their routine-immunisation plan.',
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
        problemStatement: 'Farmers were overcharged for fertiliser and seed during sowing season and the department learned of it from the press.',
        skills: ['Mobile data collection', 'Dashboards'],
        seats: 2,
        summary: 'Field assistants reported weekly market prices from 40 markets; outliers were flagged to the district agriculture officer.',
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
        summary: 'Created the first digital database of drug sale licences for three districts: the groundwork for the 2021 pharmacy licence registration system.',
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
        problemStatement: 'During the first COVID-19 wave, patients and ambulances could not tell which hospitals had free beds or ventilators.',
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
    problemStatement: 'Samples referred to NIH laboratories were logged in paper registers; results were hard to trace back to a sample and a sender.',
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
    problemStatement: 'Facility surveys of girls’ schools (toilets, boundary walls, water) in remote districts are on paper and out of date.',
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

// ---------------------------------------------------------------- recruitment (cycle 8)

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

// ---------------------------------------------------------------- progress updates

/** The demo fellow's own fortnightly updates on the pharmacy licence project (periods 0-7). */
export const PHARMACY_UPDATES: { accomplishments: string; blockers?: string; nextSteps: string; hours: number }[] = [
  {
    accomplishments:
      'Joined the Drug Control Cell at the Health Department in Peshawar. Met Dr. Tariq Mehmood and the licensing section, read the licensing rules under the Drugs Act 1976 and collected the current forms for new licences, renewals and transfers.',
    blockers: 'No official email account yet, so files are being shared over WhatsApp.',
    nextSteps: 'Shadow the licensing clerks and map the paper workflow end to end.',
    hours: 70,
  },
  {
    accomplishments:
      'Mapped the licence workflow from application to inspection to issuance: 14 steps and 5 hand-offs. Found that the same pharmacist registration number appears on licences in different districts, which is how duplicate and fake licences slip through.',
    blockers: 'Scanned registers for Mardan and Swat are missing pages.',
    nextSteps: 'Write the requirements and agree the duplicate-check rule with the focal person.',
    hours: 76,
  },
  {
    accomplishments:
      'Drafted the requirements and process map and shared it with the focal person. Agreed the duplicate check: a pharmacist (CNIC and registration number) can be named on only one active licence across the province.',
    nextSteps: 'Submit the requirements deliverable; start the data model and the import of the old database.',
    hours: 72,
  },
  {
    accomplishments:
      'Built the first version of the licence application form and the inspector’s visit checklist. Imported 6,200 pharmacist records from the old Access database after cleaning CNIC formats.',
    blockers: 'Server access at the KP IT Board data centre is still pending.',
    nextSteps: 'Address the requirements feedback (renewal and transfer flows); inspector roles.',
    hours: 80,
  },
  {
    accomplishments:
      'Requirements v2 approved after adding renewal reminders and the transfer flow. Added the inspector dashboard: visits per inspector per month and pending inspections by district.',
    nextSteps: 'Train the Peshawar inspectors on the mobile checklist.',
    hours: 74,
  },
  {
    accomplishments:
      'Trained 12 drug inspectors in Peshawar on the mobile checklist; fixed the Urdu labels and offline saving they asked for. 14,300 pharmacist records digitised so far.',
    blockers: 'Patchy mobile data in Khyber and Mohmand: inspectors lose forms when the connection drops.',
    nextSteps: 'Release offline mode; start issuing licences for Peshawar division through the system.',
    hours: 78,
  },
  {
    accomplishments:
      'Offline mode released. Licences for Peshawar division are now issued through the system, and the registry passed 15,000 pharmacist records across KP. The duplicate check flagged 230 pharmacists named on more than one licence.',
    nextSteps: 'Reconcile the 2021 licence count with the department’s register and prepare the pilot release.',
    hours: 68,
  },
  {
    accomplishments:
      'Submitted the pilot release for review. Reconciled the figures with the department’s register: 1,800 licences issued digitally since January 2021.',
    nextSteps: 'Add the Urdu name and QR code to printed licences; plan the Mardan roll-out.',
    hours: 71,
  },
]

export const BLOCKERS = [
  'Waiting for server access from the KP IT Board data centre.',
  'The focal person was on leave this fortnight, so sign-off on the requirements slipped.',
  'Internet outages at the district office slowed field testing.',
  'Waiting for the department to share last year’s data; a formal letter has been sent.',
  'Two public holidays this fortnight; fewer working days with the department.',
  'Data from two districts uses different formats; cleaning is taking longer than planned.',
]

export const FELLOW_ROLES = [
  'My part: the database, the import scripts and the API.',
  'My part: screen designs, Urdu copy and testing with users.',
  'My part: data cleaning and the figures the department asked for.',
]

export const ALUMNI_NEXT = [
  { currentRole: 'Software Engineer', organisation: 'KP IT Board', sector: 'Government', nextStep: 'Joined the KP IT Board to keep running the system built during the fellowship.' },
  { currentRole: 'Data Analyst', organisation: 'Elementary & Secondary Education Department', sector: 'Government', nextStep: 'Hired by the department as a data analyst in the monitoring unit.' },
  { currentRole: 'Product Manager', organisation: 'A Peshawar software company', sector: 'Private sector', nextStep: 'Moved into product management, building services for public-sector clients.' },
  { currentRole: 'MPhil student', organisation: 'University of Peshawar', sector: 'Academia', nextStep: 'Started an MPhil in public policy.' },
  { currentRole: 'Programme Associate', organisation: 'Code for Pakistan', sector: 'Non-profit', nextStep: 'Joined Code for Pakistan to manage the next fellowship cycle.' },
  { currentRole: 'Founder', organisation: 'A civic-tech start-up in Peshawar', sector: 'Entrepreneurship', nextStep: 'Founded a start-up building SMS services for farmers.' },
  { currentRole: 'Assistant Director (IT)', organisation: 'Health Department', sector: 'Government', nextStep: 'Passed the provincial public service exam and joined the Health Department.' },
  { currentRole: 'Full-stack Developer', organisation: 'An international NGO', sector: 'Non-profit', nextStep: 'Builds data systems for humanitarian programmes.' },
]
