// A cycle as the pages of its stages head it: its name, its programme's and where it stands.
// Recruitment, placement and progress read it the same way.
export const cycleHeadSelect = {
  id: true,
  name: true,
  status: true,
  programme: { select: { name: true, nameUr: true } },
} as const
