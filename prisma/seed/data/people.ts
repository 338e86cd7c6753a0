// Names for the demo seed's invented people, and the staff besides the demo accounts.

export type Sex = 'FEMALE' | 'MALE'

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
