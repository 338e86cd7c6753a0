// A project's proposal text: problem, outcomes and skills, in each language it was written in.
import type { Messages } from '@/lib/i18n/messages'

interface ProjectTextFields {
  problemStatement: string
  problemStatementUr: string | null
  expectedOutcomes: string | null
  skillsNeeded: string[]
}

export function ProjectText({ m, project, headingLevel = 3 }: { m: Messages; project: ProjectTextFields; headingLevel?: 3 | 4 }) {
  const f = m.placement.fellow
  const H = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <div className="space-y-3">
      <div>
        <H className="text-sm font-semibold text-slate-900">{f.problem}</H>
        {project.problemStatement ? (
          <p lang="en" dir="ltr" className="text-start whitespace-pre-line">
            {project.problemStatement}
          </p>
        ) : null}
        {project.problemStatementUr ? (
          <p lang="ur" dir="rtl" className="text-start whitespace-pre-line">
            {project.problemStatementUr}
          </p>
        ) : null}
      </div>
      {project.expectedOutcomes ? (
        <div>
          <H className="text-sm font-semibold text-slate-900">{f.outcomes}</H>
          <p dir="auto" className="whitespace-pre-line">
            {project.expectedOutcomes}
          </p>
        </div>
      ) : null}
      {project.skillsNeeded.length ? (
        <div>
          <H className="text-sm font-semibold text-slate-900">{f.skills}</H>
          <ul className="flex flex-wrap gap-2">
            {project.skillsNeeded.map((s) => (
              <li key={s} dir="auto" className="rounded-full bg-slate-100 px-2 py-0.5 text-sm text-slate-800">
                {s}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  )
}
