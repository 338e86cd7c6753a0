// Static lists for the demo seed (prisma/seed.ts), by domain. Names of programmes, departments
// and the 2021 projects follow Code for Pakistan's 2021 review; people are invented. Email
// addresses use reserved domains.
export * from './places'
export * from './people'
export * from './departments'
export * from './programmes'
export * from './projects'
export * from './past-projects'
export * from './recruitment'
export * from './progress'
export * from './insight'
