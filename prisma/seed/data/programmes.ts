// The demo seed's three programmes.
import { KP } from './places'

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
