// Forms of user administration: staff changing a user's role, department or access.
import { z } from 'zod'
import { ROLES } from '../auth/roles'
import { uuid, version } from '../validation'

export const updateUserSchema = z
  .object({
    userId: uuid(),
    role: z.enum(ROLES, { error: 'errors.invalidChoice' }),
    departmentId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
    active: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    version: version(),
  })
  .refine((v) => v.role !== 'PARTNER' || !!v.departmentId, { path: ['departmentId'], error: 'errors.partnerNeedsDepartment' })

export type UpdateUserInput = z.infer<typeof updateUserSchema>
