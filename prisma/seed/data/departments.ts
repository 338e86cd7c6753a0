// Government departments of the demo seed, their partner users and contacts. Names follow
// Code for Pakistan's 2021 review; people are invented. Email addresses use reserved domains.
import { KP } from './places'
import type { Sex } from './people'

export type DeptKey = 'health' | 'ese' | 'hed' | 'lg' | 'excise' | 'agri' | 'kpitb' | 'nih'

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
      {
        name: 'Dr. Tariq Mehmood',
        title: 'Additional Secretary (Drugs Control)',
        email: 'tariq.mehmood@health.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner@daftar.pk',
      },
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
      {
        name: 'Farhana Jadoon',
        title: 'Deputy Secretary (IT)',
        email: 'farhana.jadoon@ese.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner.education@daftar.pk',
      },
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
      {
        name: 'Prof. Iftikhar Ahmad',
        title: 'Director (Planning & Development)',
        email: 'iftikhar.ahmad@hed.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner.highered@daftar.pk',
      },
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
      {
        name: 'Asad Ullah Marwat',
        title: 'Deputy Secretary (Development)',
        email: 'asad.marwat@lg.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner.localgov@daftar.pk',
      },
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
      {
        name: 'Shahid Iqbal Bangash',
        title: 'Director (Excise & Taxation)',
        email: 'shahid.bangash@excise.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner.excise@daftar.pk',
      },
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
      {
        name: 'Dr. Noor ul Amin',
        title: 'Deputy Director (Agricultural Extension)',
        email: 'noor.amin@agri.kp.gov.pk.example',
        focal: true,
        userEmail: 'partner.agriculture@daftar.pk',
      },
      {
        name: 'Dr. Rehana Kausar',
        title: 'Veterinary Officer (Livestock Extension)',
        email: 'rehana.kausar@agri.kp.gov.pk.example',
        focal: false,
      },
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
      {
        name: 'Sadia Arbab',
        title: 'Director (e-Governance)',
        email: 'sadia.arbab@kpitb.gov.pk.example',
        focal: true,
        userEmail: 'partner.kpitb@daftar.pk',
      },
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
      {
        name: 'Dr. Amina Siddiqui',
        title: 'Chief, Public Health Laboratories Division',
        email: 'amina.siddiqui@nih.org.pk.example',
        focal: true,
        userEmail: 'partner.nih@daftar.pk',
      },
      { name: 'Dr. Kashif Nadeem', title: 'Deputy Director (Surveillance)', email: 'kashif.nadeem@nih.org.pk.example', focal: false },
    ],
  },
]
