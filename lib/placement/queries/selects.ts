// Select shapes the placement reads share, so a project reads the same on every page.

/** A project as fellows, partners and staff read it: what it asks for and how many it seats. */
export const projectTextSelect = {
  id: true,
  title: true,
  titleUr: true,
  problemStatement: true,
  problemStatementUr: true,
  expectedOutcomes: true,
  skillsNeeded: true,
  seats: true,
} as const
