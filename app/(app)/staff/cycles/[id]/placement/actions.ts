'use server'
// Staff actions of the placement stage: thin wrappers that validate, call the domain and refresh.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import {
  adjustPlacementSchema,
  endPlacementSchema,
  preferenceWindowSchema,
  placementMailSchema,
  publishPlacementsSchema,
  reviewProjectSchema,
  runMatchingSchema,
  transferPlacementSchema,
} from '@/lib/placement/schema'
import { sendPlacementMail, setPreferenceWindow } from '@/lib/placement/mutations/preference-window'
import { reviewProject } from '@/lib/placement/mutations/review-project'
import { runMatching } from '@/lib/placement/mutations/run-matching'
import { adjustPlacement } from '@/lib/placement/mutations/adjust-placement'
import { publishPlacements } from '@/lib/placement/mutations/publish-placements'
import { transferPlacement } from '@/lib/placement/mutations/transfer-placement'
import { endPlacement } from '@/lib/placement/mutations/end-placement'

const base = (cycleId: string) => `/staff/cycles/${cycleId}/placement`

/** The cycle id travels with each form only to know which pages to refresh. */
function cycleOf(fd: FormData) {
  const v = fd.get('cycleId')
  return typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v : null
}

function refresh(fd: FormData) {
  const id = cycleOf(fd)
  if (id) revalidatePath(base(id), 'layout')
}

export async function setWindowAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    preferenceWindowSchema,
    async (viewer, input) => {
      const { announce } = await setPreferenceWindow(viewer, input)
      refresh(fd)
      // Emailing the fellows is its own step: the list of who gets it, then one button.
      if (announce) target = `${base(input.cycleId)}?confirm=announce#window`
      return 'placement.staff.window.saved'
    },
    { permission: 'placement:manage' },
  )
  if (res.ok && target) redirect(target)
  return res
}

/** The confirmed email about the window, or the reminder to rank: only the fellows listed. */
export async function placementMailAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    placementMailSchema,
    async (viewer, input) => {
      const { sent } = await sendPlacementMail(viewer, input)
      refresh(fd)
      target = `${base(input.cycleId)}?${new URLSearchParams({ sent: String(sent), kind: input.kind })}#${input.kind === 'announce' ? 'window' : 'remind'}`
    },
    { permission: 'placement:manage' },
  )
  if (res.ok && target) redirect(target)
  return res
}

export async function reviewProjectAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    reviewProjectSchema,
    async (viewer, input) => {
      const { status } = await reviewProject(viewer, input)
      refresh(fd)
      return status === 'APPROVED' ? 'placement.staff.review.approved' : 'placement.staff.review.returned'
    },
    { permission: 'project:manage' },
  )
}

export async function runMatchingAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  const res = await runAction(
    fd,
    runMatchingSchema,
    async (viewer, input) => {
      await runMatching(viewer, input)
      refresh(fd)
      return 'placement.staff.run.ran'
    },
    { permission: 'matching:run' },
  )
  const id = cycleOf(fd)
  if (res.ok && id) redirect(`${base(id)}/match`)
  return res
}

export async function adjustPlacementAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    adjustPlacementSchema,
    async (viewer, input) => {
      const out = await adjustPlacement(viewer, input)
      refresh(fd)
      return out.changed && 'warned' in out && out.warned ? 'placement.staff.match.changedWarned' : 'placement.staff.match.changed'
    },
    { permission: 'placement:manage' },
  )
}

export async function publishPlacementsAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    publishPlacementsSchema,
    async (viewer, input) => {
      await publishPlacements(viewer, input)
      refresh(fd)
      return 'placement.staff.match.published'
    },
    { permission: 'placement:manage' },
  )
}

export async function transferPlacementAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let newId = ''
  const res = await runAction(
    fd,
    transferPlacementSchema,
    async (viewer, input) => {
      newId = (await transferPlacement(viewer, input)).id
      refresh(fd)
      return 'placement.staff.placement.transferred'
    },
    { permission: 'placement:manage' },
  )
  const id = cycleOf(fd)
  // The fellow's current placement is now the new one: continue there.
  if (res.ok && id && newId) redirect(`${base(id)}/placements/${newId}`)
  return res
}

export async function endPlacementAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    endPlacementSchema,
    async (viewer, input) => {
      await endPlacement(viewer, input)
      refresh(fd)
      return 'placement.staff.placement.ended'
    },
    { permission: 'placement:manage' },
  )
}
