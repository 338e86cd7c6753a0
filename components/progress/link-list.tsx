// Web links a fellow attached (already checked to be http(s) addresses), shown left-to-right.
export function LinkList({ links }: { links: string[] }) {
  if (!links.length) return null
  return (
    <ul className="list-disc space-y-1 ps-5" dir="ltr">
      {links.map((l, i) => (
        <li key={i} className="text-start">
          <a href={l} rel="noopener noreferrer nofollow" className="break-all text-emerald-800 underline">
            {l}
          </a>
        </li>
      ))}
    </ul>
  )
}
