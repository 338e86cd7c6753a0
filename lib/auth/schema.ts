// Forms of sign-in, password reset, invitations and a user's own account (staff changing a
// user: lib/people/schema.ts).
import { z } from 'zod'
import { ROLES } from './roles'
import { email, text, uuid, optionalText, version } from '../validation'
import { optionalPkPhone } from '../identity-formats'

export const password = () =>
  z.string({ error: 'errors.required' }).min(10, { error: 'errors.passwordTooShort' }).max(200, { error: 'errors.tooLong' })

export const signInSchema = z.object({
  email: email(),
  password: z
    .string({ error: 'errors.required' })
    .min(1, { error: 'errors.required' })
    .max(200, { error: 'errors.tooLong' })
    .refine((v) => !v.includes('\0'), { error: 'errors.controlCharacter' }),
})

/** The sign-in form: the credentials and where to go on to (checked with localPath). */
export const signInFormSchema = signInSchema.extend({ next: optionalText(300) })

export const emailOnlySchema = z.object({ email: email() })

export const setPasswordSchema = z
  .object({ token: z.string().min(10).max(200), password: password(), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'errors.passwordsDiffer' })

export const acceptInviteSchema = z
  .object({ token: z.string().min(10).max(200), name: text(120), password: password(), confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'errors.passwordsDiffer' })

export const inviteSchema = z
  .object({
    email: email(),
    name: text(120),
    role: z.enum(ROLES, { error: 'errors.invalidChoice' }),
    departmentId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
  })
  .refine((v) => v.role !== 'PARTNER' || !!v.departmentId, { path: ['departmentId'], error: 'errors.partnerNeedsDepartment' })

export const signUpSchema = z
  .object({ name: text(120), email: email(), password: password(), confirm: z.string(), next: optionalText(300) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'errors.passwordsDiffer' })

export type InviteInput = z.infer<typeof inviteSchema>

export const changePasswordSchema = z
  .object({
    current: z.string({ error: 'errors.required' }).min(1, { error: 'errors.required' }).max(200),
    password: password(),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'errors.passwordsDiffer' })

export const profileSchema = z.object({ name: text(120), phone: optionalPkPhone(), version: version() })
