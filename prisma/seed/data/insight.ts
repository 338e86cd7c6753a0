// What alumni went on to do.

export const ALUMNI_NEXT = [
  {
    currentRole: 'Software Engineer',
    organisation: 'KP IT Board',
    sector: 'Government',
    nextStep: 'Joined the KP IT Board to keep running the system built during the fellowship.',
  },
  {
    currentRole: 'Data Analyst',
    organisation: 'Elementary & Secondary Education Department',
    sector: 'Government',
    nextStep: 'Hired by the department as a data analyst in the monitoring unit.',
  },
  {
    currentRole: 'Product Manager',
    organisation: 'A Peshawar software company',
    sector: 'Private sector',
    nextStep: 'Moved into product management, building services for public-sector clients.',
  },
  {
    currentRole: 'MPhil student',
    organisation: 'University of Peshawar',
    sector: 'Academia',
    nextStep: 'Started an MPhil in public policy.',
  },
  {
    currentRole: 'Programme Associate',
    organisation: 'Code for Pakistan',
    sector: 'Non-profit',
    nextStep: 'Joined Code for Pakistan to manage the next fellowship cycle.',
  },
  {
    currentRole: 'Founder',
    organisation: 'A civic-tech start-up in Peshawar',
    sector: 'Entrepreneurship',
    nextStep: 'Founded a start-up building SMS services for farmers.',
  },
  {
    currentRole: 'Assistant Director (IT)',
    organisation: 'Health Department',
    sector: 'Government',
    nextStep: 'Passed the provincial public service exam and joined the Health Department.',
  },
  {
    currentRole: 'Full-stack Developer',
    organisation: 'An international NGO',
    sector: 'Non-profit',
    nextStep: 'Builds data systems for humanitarian programmes.',
  },
]
