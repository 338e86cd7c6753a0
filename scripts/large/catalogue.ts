// Static lists for the large, generated data set (scripts/seed-large.ts): five programmes in
// four provinces and Gilgit-Baltistan, their departments, districts, names and project ideas.
// The demo seed's own lists (prisma/seed/data/) supply the KP departments, names and rubric.
import { FEMALE_FIRST, KP_APPLICANT_DISTRICTS, MALE_FIRST, SURNAMES } from '../../prisma/seed/data'

/** Every generated account's email ends with this reserved domain: it marks the large set. */
export const LARGE_EMAIL_DOMAIN = 'scale.daftar.example'

export type Sector = 'health' | 'education' | 'it' | 'local' | 'revenue' | 'agriculture'

export interface LargeDepartment {
  name: string
  nameUr: string
  shortName: string
  sector: Sector
  /** An existing department of the demo seed, reused instead of created. */
  existing?: boolean
}

export interface LargeProgramme {
  slug: string
  name: string
  nameUr: string
  kind: 'FELLOWSHIP' | 'INTERNSHIP'
  level: 'PROVINCIAL' | 'FEDERAL'
  province: string
  description: string
  descriptionUr: string
  funders: string[]
  stipendPkr: number
  womenOnly: boolean
  districts: string[]
  departments: LargeDepartment[]
}

const dept = (name: string, nameUr: string, shortName: string, sector: Sector, existing = false): LargeDepartment => ({
  name,
  nameUr,
  shortName,
  sector,
  existing,
})

export const LARGE_PROGRAMMES: LargeProgramme[] = [
  {
    slug: 'kp-district-governance-fellowship',
    name: 'KP District Governance Fellowship',
    nameUr: 'کے پی ڈسٹرکٹ گورننس فیلوشپ',
    kind: 'FELLOWSHIP',
    level: 'PROVINCIAL',
    province: 'Khyber Pakhtunkhwa',
    description:
      'A two-year fellowship that places technologists in Khyber Pakhtunkhwa departments and district offices to digitise the services citizens use most.',
    descriptionUr:
      'دو سالہ فیلوشپ جس میں ٹیکنالوجی کے ماہرین خیبر پختونخوا کے محکموں اور ضلعی دفاتر میں شہریوں کی سب سے زیادہ استعمال ہونے والی خدمات کو ڈیجیٹل بناتے ہیں۔',
    funders: ['KP IT Board', 'World Bank'],
    stipendPkr: 85000,
    womenOnly: false,
    districts: KP_APPLICANT_DISTRICTS,
    departments: [
      dept('Health Department', 'محکمہ صحت', 'Health', 'health', true),
      dept('Elementary & Secondary Education Department', 'محکمہ ابتدائی و ثانوی تعلیم', 'E&SE', 'education', true),
      dept('Local Government, Elections & Rural Development Department', 'محکمہ بلدیات، انتخابات و دیہی ترقی', 'LG&RDD', 'local', true),
      dept('Excise, Taxation & Narcotics Control Department', 'محکمہ ایکسائز، ٹیکسیشن و انسداد منشیات', 'ET&NC', 'revenue', true),
      dept('Agriculture & Livestock Department', 'محکمہ زراعت و لائیو سٹاک', 'Agriculture', 'agriculture', true),
      dept('Khyber Pakhtunkhwa Information Technology Board', 'خیبر پختونخوا انفارمیشن ٹیکنالوجی بورڈ', 'KP IT Board', 'it', true),
    ],
  },
  {
    slug: 'punjab-government-innovation-fellowship',
    name: 'Punjab Government Innovation Fellowship',
    nameUr: 'پنجاب گورنمنٹ انوویشن فیلوشپ',
    kind: 'FELLOWSHIP',
    level: 'PROVINCIAL',
    province: 'Punjab',
    description:
      'A two-year fellowship with Punjab government departments building digital public services with the officials who run them.',
    descriptionUr: 'پنجاب کے سرکاری محکموں کے ساتھ دو سالہ فیلوشپ، جس میں فیلوز افسران کے ساتھ مل کر ڈیجیٹل عوامی خدمات بناتے ہیں۔',
    funders: ['Punjab Information Technology Board'],
    stipendPkr: 90000,
    womenOnly: false,
    districts: [
      'Lahore',
      'Lahore',
      'Lahore',
      'Faisalabad',
      'Faisalabad',
      'Rawalpindi',
      'Rawalpindi',
      'Multan',
      'Gujranwala',
      'Sialkot',
      'Bahawalpur',
      'Sargodha',
      'Sheikhupura',
      'Rahim Yar Khan',
      'Dera Ghazi Khan',
      'Jhang',
      'Sahiwal',
      'Okara',
      'Kasur',
      'Attock',
    ],
    departments: [
      dept('Primary & Secondary Healthcare Department (Punjab)', 'محکمہ پرائمری و سیکنڈری ہیلتھ کیئر (پنجاب)', 'P&SHD', 'health'),
      dept('School Education Department (Punjab)', 'محکمہ سکول ایجوکیشن (پنجاب)', 'SED Punjab', 'education'),
      dept('Punjab Information Technology Board', 'پنجاب انفارمیشن ٹیکنالوجی بورڈ', 'PITB', 'it'),
      dept('Local Government & Community Development Department (Punjab)', 'محکمہ بلدیات و کمیونٹی ڈویلپمنٹ (پنجاب)', 'LG&CD', 'local'),
      dept('Agriculture Department (Punjab)', 'محکمہ زراعت (پنجاب)', 'Agriculture Punjab', 'agriculture'),
    ],
  },
  {
    slug: 'sindh-civic-innovation-fellowship',
    name: 'Sindh Civic Innovation Fellowship',
    nameUr: 'سندھ سوک انوویشن فیلوشپ',
    kind: 'FELLOWSHIP',
    level: 'PROVINCIAL',
    province: 'Sindh',
    description: 'Fellows work for two years inside Sindh government departments on health, schooling and municipal services.',
    descriptionUr: 'فیلوز دو سال تک سندھ کے سرکاری محکموں میں صحت، تعلیم اور بلدیاتی خدمات پر کام کرتے ہیں۔',
    funders: ['Government of Sindh', 'World Bank'],
    stipendPkr: 88000,
    womenOnly: false,
    districts: [
      'Karachi South',
      'Karachi East',
      'Karachi Central',
      'Karachi West',
      'Korangi',
      'Malir',
      'Hyderabad',
      'Hyderabad',
      'Sukkur',
      'Larkana',
      'Mirpurkhas',
      'Shaheed Benazirabad',
      'Thatta',
      'Badin',
      'Tharparkar',
      'Jacobabad',
      'Khairpur',
      'Dadu',
    ],
    departments: [
      dept('Health Department (Sindh)', 'محکمہ صحت (سندھ)', 'Health Sindh', 'health'),
      dept('School Education & Literacy Department (Sindh)', 'محکمہ سکول ایجوکیشن و خواندگی (سندھ)', 'SE&LD', 'education'),
      dept('Local Government Department (Sindh)', 'محکمہ بلدیات (سندھ)', 'LG Sindh', 'local'),
      dept(
        'Excise, Taxation & Narcotics Control Department (Sindh)',
        'محکمہ ایکسائز، ٹیکسیشن و انسداد منشیات (سندھ)',
        'ET&NC Sindh',
        'revenue',
      ),
    ],
  },
  {
    slug: 'balochistan-digital-services-fellowship',
    name: 'Balochistan Digital Services Fellowship',
    nameUr: 'بلوچستان ڈیجیٹل سروسز فیلوشپ',
    kind: 'FELLOWSHIP',
    level: 'PROVINCIAL',
    province: 'Balochistan',
    description: 'A two-year fellowship helping Balochistan departments reach citizens in distant districts with simple digital services.',
    descriptionUr: 'دو سالہ فیلوشپ جو بلوچستان کے محکموں کو دور دراز اضلاع کے شہریوں تک سادہ ڈیجیٹل خدمات پہنچانے میں مدد دیتی ہے۔',
    funders: ['Government of Balochistan', 'UNDP'],
    stipendPkr: 90000,
    womenOnly: false,
    districts: [
      'Quetta',
      'Quetta',
      'Quetta',
      'Kech',
      'Gwadar',
      'Khuzdar',
      'Sibi',
      'Zhob',
      'Loralai',
      'Chaman',
      'Panjgur',
      'Nasirabad',
      'Lasbela',
      'Mastung',
      'Pishin',
      'Kalat',
    ],
    departments: [
      dept('Health Department (Balochistan)', 'محکمہ صحت (بلوچستان)', 'Health Balochistan', 'health'),
      dept('Secondary Education Department (Balochistan)', 'محکمہ ثانوی تعلیم (بلوچستان)', 'SED Balochistan', 'education'),
      dept('Science & Information Technology Department (Balochistan)', 'محکمہ سائنس و انفارمیشن ٹیکنالوجی (بلوچستان)', 'S&IT', 'it'),
      dept(
        'Agriculture & Cooperatives Department (Balochistan)',
        'محکمہ زراعت و امداد باہمی (بلوچستان)',
        'Agriculture Balochistan',
        'agriculture',
      ),
    ],
  },
  {
    slug: 'gilgit-baltistan-women-in-governance-fellowship',
    name: 'Gilgit-Baltistan Women in Governance Fellowship',
    nameUr: 'گلگت بلتستان خواتین گورننس فیلوشپ',
    kind: 'FELLOWSHIP',
    level: 'PROVINCIAL',
    province: 'Gilgit-Baltistan',
    description:
      'A two-year paid fellowship for women from the valleys of Gilgit-Baltistan, working with government offices close to home.',
    descriptionUr:
      'گلگت بلتستان کی وادیوں کی خواتین کے لیے دو سالہ بامعاوضہ فیلوشپ، جس میں وہ اپنے علاقے کے سرکاری دفاتر کے ساتھ کام کرتی ہیں۔',
    funders: ['Helvetas'],
    stipendPkr: 60000,
    womenOnly: true,
    districts: ['Gilgit', 'Gilgit', 'Skardu', 'Skardu', 'Hunza', 'Nagar', 'Ghizer', 'Ghanche', 'Diamer', 'Astore', 'Shigar', 'Kharmang'],
    departments: [
      dept('Health Department (Gilgit-Baltistan)', 'محکمہ صحت (گلگت بلتستان)', 'Health GB', 'health'),
      dept('Education Department (Gilgit-Baltistan)', 'محکمہ تعلیم (گلگت بلتستان)', 'Education GB', 'education'),
      dept('Gilgit-Baltistan Information Technology Board', 'گلگت بلتستان انفارمیشن ٹیکنالوجی بورڈ', 'GB IT Board', 'it'),
    ],
  },
]

export const FIRST_NAMES = { FEMALE: FEMALE_FIRST, MALE: MALE_FIRST } as const

export const LAST_NAMES = [
  ...SURNAMES,
  'Chaudhry',
  'Butt',
  'Malik',
  'Awan',
  'Gondal',
  'Cheema',
  'Warraich',
  'Bhatti',
  'Rajput',
  'Sheikh',
  'Memon',
  'Soomro',
  'Jatoi',
  'Mahar',
  'Shaikh',
  'Channa',
  'Baloch',
  'Bugti',
  'Mengal',
  'Rind',
  'Kakar',
  'Achakzai',
  'Hunzai',
  'Baig',
  'Nagri',
]

/** Project ideas per sector; "{place}" becomes a district so titles stay distinct. */
export const PROJECT_IDEAS: Record<Sector, string[]> = {
  health: [
    'Vaccination register for {place}',
    'Drug inspection tracker for {place}',
    'Basic health unit stock dashboard, {place}',
    'Maternal health referral log, {place}',
    'Dengue case reporting for {place}',
  ],
  education: [
    'Teacher attendance monitoring, {place}',
    'Out-of-school children survey app, {place}',
    'School facilities census for {place}',
    'Scholarship applications portal, {place}',
  ],
  it: [
    'Citizen complaint portal for {place}',
    'Open data catalogue pilot, {place}',
    'Government e-office rollout, {place}',
    'Digital skills training register, {place}',
  ],
  local: [
    'Birth and death registration, {place}',
    'Property tax self-assessment, {place}',
    'Municipal water complaint tracker, {place}',
    'Union council development schemes map, {place}',
  ],
  revenue: [
    'Vehicle registration queue system, {place}',
    'Professional tax online payment, {place}',
    'Excise inspection scheduling, {place}',
  ],
  agriculture: [
    'Farmer advisory SMS service, {place}',
    'Livestock vaccination tracker, {place}',
    'Fertiliser subsidy verification, {place}',
    'Crop damage assessment app, {place}',
  ],
}

export const UPDATE_LINES = {
  done: [
    'Met the focal person and agreed the scope for the next two weeks.',
    'Finished the data model and imported the first district’s records.',
    'Ran a field visit and collected feedback from front-line staff.',
    'Fixed the Urdu labels and offline saving the staff asked for.',
    'Trained a group of officials on the new form.',
    'Cleaned and deduplicated the old register before import.',
    'Shipped the reporting dashboard to the section officer.',
  ],
  blockers: [
    'Waiting for server access from the IT section.',
    'The focal person was on leave this week.',
    'Connectivity in the district office is unreliable.',
    'Approval for the pilot is pending with the secretary.',
  ],
  next: [
    'Pilot the form in two more offices.',
    'Write the user guide in Urdu.',
    'Agree the hand-over plan with the department.',
    'Add the monthly summary report.',
  ],
}
