// Where an interview happens, as staff typed it: text direction-isolated, any http(s) link in
// it followable (left to right, wrapping at 390 px, never handing this page to it).
import { Fragment } from 'react'
import { placeParts } from '@/lib/recruitment/interview-place'
import { UserText } from '@/components/ui/user-text'

export function InterviewPlace({ location }: { location: string }) {
  return (
    <UserText>
      {placeParts(location).map((p, i) =>
        'href' in p ? (
          <a
            key={i}
            href={p.href}
            dir="ltr"
            rel="noopener noreferrer nofollow"
            className="font-medium break-all text-emerald-800 underline"
          >
            {p.label}
          </a>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </UserText>
  )
}
