import { describe, expect, it } from 'vitest'
import { dictionaries } from '../../i18n/messages'
import type { YearFigures } from './compose'
import { yearReviewMarkdown } from './markdown'

const figures: YearFigures = {
  year: 2021,
  cycles: [
    {
      id: 'c7',
      name: 'Cycle 7 (2021–22)',
      status: 'ACTIVE',
      startDate: new Date('2021-10-04T00:00:00+05:00'),
      programme: {
        id: 'p',
        name: 'KP Government Innovation Fellowship',
        nameUr: 'کے پی گورنمنٹ انوویشن فیلوشپ',
        slug: 'kp-government-innovation-fellowship',
      },
      applications: 412,
      fellows: 20,
      placed: 20,
    },
  ],
  totals: { programmes: 1, cycles: 1, applications: 412, fellows: 20, placed: 20, departments: 7, projects: 2, deliverablesApproved: 9 },
  evaluations: { completed: 60, supervisorMean: 3.9 },
  projects: [
    {
      id: 'pr1',
      title: 'Pharmacy licence registration system',
      titleUr: 'فارمیسی لائسنس رجسٹریشن سسٹم',
      status: 'APPROVED',
      departmentName: 'Health Department',
      departmentNameUr: 'محکمہ صحت',
    },
    {
      id: 'pr2',
      title: 'Disease surveillance | dashboard',
      titleUr: null,
      status: 'COMPLETED',
      departmentName: 'NIH',
      departmentNameUr: null,
    },
  ],
  highlights: [
    {
      metricId: 'm1',
      name: 'Pharmacist records digitised',
      nameUr: null,
      unit: 'records',
      value: 15000,
      target: 15000,
      projectId: 'pr1',
      projectTitle: 'Pharmacy licence registration system',
      projectTitleUr: null,
      projectStatus: 'APPROVED',
      departmentName: 'Health Department',
      departmentNameUr: null,
    },
  ],
}

const input = {
  title: 'Looking back at 2021',
  narrative: { intro: { en: 'A year of deeper partnerships.', ur: 'گہری شراکتوں کا سال۔' } },
  figures,
  publishedAt: null,
}

describe('year in review as Markdown', () => {
  it('carries the title, the narrative, the figures and absolute links to their sources', () => {
    const md = yearReviewMarkdown(input, dictionaries.en, 'en', 'https://daftar.example.pk')
    expect(md).toMatch(/^# Looking back at 2021\n/)
    expect(md).toContain('A year of deeper partnerships.')
    expect(md).toContain('- Fellows recruited: **20** ([source](https://daftar.example.pk/open-data#cycles))')
    // Evaluations as numbers only.
    expect(md).toContain('- Evaluations completed: **60**\n- Average supervisor rating (1 to 5): **3.9**')
    expect(md).toContain('[KP Government Innovation Fellowship](https://daftar.example.pk/programmes/kp-government-innovation-fellowship)')
    expect(md).toContain(
      '- **15,000 records**: Pharmacist records digitised: Pharmacy licence registration system, Health Department (target 15,000)',
    )
  })

  it('links only completed projects and escapes characters that would break a table or link', () => {
    const md = yearReviewMarkdown(input, dictionaries.en, 'en', 'https://daftar.example.pk')
    expect(md).toContain('[Disease surveillance \\| dashboard](https://daftar.example.pk/projects/pr2)')
    expect(md).not.toContain('/projects/pr1')
  })

  it('is written in Urdu for an Urdu reader, with English where no Urdu was given', () => {
    const md = yearReviewMarkdown(input, dictionaries.ur, 'ur', 'https://daftar.example.pk')
    expect(md).toContain('گہری شراکتوں کا سال۔')
    expect(md).toContain('## سال ایک نظر میں')
    expect(md).toContain('فارمیسی لائسنس رجسٹریشن سسٹم')
    expect(md).toContain('Pharmacist records digitised')
  })
})
