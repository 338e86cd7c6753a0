// Places for the demo seed: Khyber Pakhtunkhwa and federal districts.

export const KP = 'Khyber Pakhtunkhwa'

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
  'Peshawar',
  'Peshawar',
  'Peshawar',
  'Peshawar',
  'Mardan',
  'Mardan',
  'Swat',
  'Swat',
  'Abbottabad',
  'Abbottabad',
  'Nowshera',
  'Charsadda',
  'Kohat',
  'Dera Ismail Khan',
  'Swabi',
  'Mansehra',
]

/** Home districts of the federal (TECH-NIH) fellows. */
export const FEDERAL_DISTRICTS = ['Islamabad', 'Islamabad', 'Rawalpindi', 'Lahore', 'Peshawar', 'Abbottabad', 'Multan', 'Quetta']
