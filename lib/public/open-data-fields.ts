// The open-data files and their fields, in CSV column order (also read by the documentation
// page and the browser tests, so no server-only imports here).
export const OPEN_DATASETS = ['programmes', 'cycles', 'projects', 'reports'] as const
export type OpenDataset = (typeof OPEN_DATASETS)[number]

/** Fields of each dataset, in CSV column order; the documentation page lists the same. */
export const OPEN_FIELDS: Record<OpenDataset, string[]> = {
  programmes: ['slug', 'name', 'nameUr', 'kind', 'level', 'province', 'durationMonths', 'stipendPkr', 'funders', 'partners', 'url'],
  cycles: ['programme', 'number', 'name', 'status', 'startDate', 'endDate', 'targetFellows', 'applications', 'fellows'],
  projects: ['projectId', 'title', 'department', 'programme', 'cycle', 'year', 'summary', 'measure', 'unit', 'value', 'target', 'recordedOn', 'url'],
  reports: ['year', 'title', 'publishedAt', 'applications', 'fellows', 'placed', 'departments', 'projects', 'deliverablesApproved', 'url'],
}
