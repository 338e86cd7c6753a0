'use server'
// The referee sends their letter through the emailed link: no account, the link is the proof.
import { revalidatePath } from 'next/cache'
import { runPublicAction, type ActionState } from '@/lib/request/action'
import { requestIp } from '@/lib/server/client-ip'
import { letterSchema } from '@/lib/referees/schema'
import { submitLetter } from '@/lib/referees/letter'

export async function submitLetterAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, letterSchema, async (input) => {
    await submitLetter({ ...input, file: fd.get('letterFile') }, await requestIp())
    revalidatePath('/referee/[token]', 'page')
    return 'referees.letter.thanks'
  })
}
