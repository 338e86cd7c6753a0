// The districts of Khyber Pakhtunkhwa (2021 boundaries, the programme's own era), with Urdu
// names and the remote ones marked: eligibility rules and the district filter use this list.
import { localOption } from '../i18n/local-text'
export interface District {
  /** Stored value (English name). */
  en: string
  ur: string
  /** Remote or merged districts, from which the women's internship recruits. */
  remote: boolean
}

const d = (en: string, ur: string, remote = false): District => ({ en, ur, remote })

export const KP_DISTRICTS: readonly District[] = [
  d('Abbottabad', 'ایبٹ آباد'),
  d('Bajaur', 'باجوڑ', true),
  d('Bannu', 'بنوں'),
  d('Battagram', 'بٹگرام', true),
  d('Buner', 'بونیر'),
  d('Charsadda', 'چارسدہ'),
  d('Dera Ismail Khan', 'ڈیرہ اسماعیل خان'),
  d('Hangu', 'ہنگو'),
  d('Haripur', 'ہری پور'),
  d('Karak', 'کرک'),
  d('Khyber', 'خیبر', true),
  d('Kohat', 'کوہاٹ'),
  d('Kolai-Palas', 'کولئی پالس', true),
  d('Kurram', 'کرم', true),
  d('Lakki Marwat', 'لکی مروت'),
  d('Lower Chitral', 'لوئر چترال', true),
  d('Lower Dir', 'لوئر دیر', true),
  d('Lower Kohistan', 'لوئر کوہستان', true),
  d('Malakand', 'ملاکنڈ'),
  d('Mansehra', 'مانسہرہ'),
  d('Mardan', 'مردان'),
  d('Mohmand', 'مہمند', true),
  d('North Waziristan', 'شمالی وزیرستان', true),
  d('Nowshera', 'نوشہرہ'),
  d('Orakzai', 'اورکزئی', true),
  d('Peshawar', 'پشاور'),
  d('Shangla', 'شانگلہ', true),
  d('South Waziristan', 'جنوبی وزیرستان', true),
  d('Swabi', 'صوابی'),
  d('Swat', 'سوات'),
  d('Tank', 'ٹانک', true),
  d('Torghar', 'تورغر', true),
  d('Upper Chitral', 'اپر چترال', true),
  d('Upper Dir', 'اپر دیر', true),
  d('Upper Kohistan', 'اپر کوہستان', true),
]

const byName = new Map(KP_DISTRICTS.map((x) => [x.en.toLowerCase(), x]))

export function findDistrict(name: string | null | undefined): District | undefined {
  return name ? byName.get(name.trim().toLowerCase()) : undefined
}

/** The district's name in the viewer's language; unknown names (outside KP) as stored. */
export function districtLabel(name: string | null | undefined, locale: 'en' | 'ur'): string {
  if (!name) return '—'
  const x = findDistrict(name)
  return x ? localOption(locale, x) : name
}

export const REMOTE_DISTRICTS = KP_DISTRICTS.filter((x) => x.remote).map((x) => x.en)

/** Choices for a district question, ready to store in FormField.options. */
export function districtOptions() {
  return KP_DISTRICTS.map((x) => ({ value: x.en, en: x.en, ur: x.ur }))
}
