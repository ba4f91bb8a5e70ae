// Name material for demo data: each entry is [Latin, Arabic].
export type NamePair = readonly [latin: string, arabic: string];

export const MALE_NAMES: readonly NamePair[] = [
  ['Ahmed', 'أحمد'], ['Mohammed', 'محمد'], ['Said', 'سعيد'], ['Salim', 'سالم'], ['Khalid', 'خالد'],
  ['Sultan', 'سلطان'], ['Hamad', 'حمد'], ['Nasser', 'ناصر'], ['Yousuf', 'يوسف'], ['Ali', 'علي'],
  ['Abdullah', 'عبدالله'], ['Talal', 'طلال'], ['Faisal', 'فيصل'], ['Hilal', 'هلال'], ['Rashid', 'راشد'],
  ['Badr', 'بدر'], ['Majid', 'ماجد'], ['Hamood', 'حمود'], ['Qais', 'قيس'], ['Azzan', 'عزان'],
];

export const FEMALE_NAMES: readonly NamePair[] = [
  ['Fatma', 'فاطمة'], ['Maryam', 'مريم'], ['Aisha', 'عائشة'], ['Zainab', 'زينب'], ['Shamsa', 'شمسة'],
  ['Muna', 'منى'], ['Huda', 'هدى'], ['Salma', 'سلمى'], ['Noor', 'نور'], ['Buthaina', 'بثينة'],
  ['Thuraya', 'ثريا'], ['Amal', 'أمل'], ['Reem', 'ريم'], ['Laila', 'ليلى'], ['Asma', 'أسماء'], ['Khadija', 'خديجة'],
];

export const FAMILY_NAMES: readonly NamePair[] = [
  ['Al Balushi', 'البلوشي'], ['Al Harthy', 'الحارثي'], ['Al Busaidi', 'البوسعيدي'], ['Al Hinai', 'الهنائي'],
  ['Al Riyami', 'الريامي'], ['Al Kindi', 'الكندي'], ['Al Saadi', 'السعدي'], ['Al Lawati', 'اللواتي'],
  ['Al Maskari', 'المسكري'], ['Al Rawahi', 'الرواحي'], ['Al Farsi', 'الفارسي'], ['Al Amri', 'العامري'],
  ['Al Shukaili', 'الشكيلي'], ['Al Habsi', 'الحبسي'], ['Al Zadjali', 'الزدجالي'], ['Al Mahrouqi', 'المحروقي'],
  ['Al Jabri', 'الجابري'], ['Al Siyabi', 'السيابي'],
];

// Residents holding a residence card rather than an Omani national ID.
export const RESIDENT_NAMES: readonly string[] = [
  'Priya Nair', 'Rahul Menon', 'Mohammed Rafiq', 'Ana Santos', 'Imran Khan', 'Sarah Thompson', 'Joseph Mathew',
  'Ayesha Siddiqui', 'Tariq Mahmood', 'Maria Dela Cruz', 'Arun Kumar', 'Fatima Zahra Idrissi', 'Omar Haddad',
];

// Wilayat and area, in Latin and Arabic.
export const PLACES: readonly (readonly [area: NamePair, wilayat: NamePair, governorate: NamePair])[] = [
  [['Al Khuwair', 'الخوير'], ['Bawshar', 'بوشر'], ['Muscat', 'مسقط']],
  [['Al Mawaleh', 'الموالح'], ['Al Seeb', 'السيب'], ['Muscat', 'مسقط']],
  [['Ruwi', 'روي'], ['Muttrah', 'مطرح'], ['Muscat', 'مسقط']],
  [['Al Hail', 'الحيل'], ['Al Seeb', 'السيب'], ['Muscat', 'مسقط']],
  [['Falaj Al Qabail', 'فلج القبائل'], ['Sohar', 'صحار'], ['North Al Batinah', 'شمال الباطنة']],
  [['Firq', 'فرق'], ['Nizwa', 'نزوى'], ['Ad Dakhiliyah', 'الداخلية']],
  [['Al Saada', 'السعادة'], ['Salalah', 'صلالة'], ['Dhofar', 'ظفار']],
  [['Al Ayjah', 'العيجة'], ['Sur', 'صور'], ['South Ash Sharqiyah', 'جنوب الشرقية']],
];

export const SCHOOLS: readonly string[] = [
  'Al Khuwair School for Basic Education', 'مدرسة الإمام جابر بن زيد للتعليم الأساسي', 'Indian School Muscat',
  'Muscat International School', "The Sultan's School", 'مدرسة السيب للتعليم الأساسي', 'Sohar International School',
];

export const AUTHORITIES: readonly string[] = [
  'Royal Oman Police — Directorate General of Inquiries and Criminal Investigation',
  'Public Prosecution',
  'Consumer Protection Authority',
  'Central Bank of Oman — Financial Information Center',
];
