// Department (government partner) and partner-contact forms.
import { z } from 'zod'
import { checkbox, email, optionalText, optionalUrl, text, uuid, version } from '../validation'
import { optionalPkPhone } from '../identity-formats'

const departmentFields = {
  name: text(200),
  nameUr: optionalText(200),
  shortName: optionalText(40),
  level: z.enum(['FEDERAL', 'PROVINCIAL', 'DISTRICT'], { error: 'errors.invalidChoice' }),
  province: optionalText(80),
  district: optionalText(80),
  website: optionalUrl(),
}

export const createDepartmentSchema = z.object(departmentFields)
export const updateDepartmentSchema = z.object({ ...departmentFields, id: uuid(), version: version() })

const contactFields = {
  name: text(120),
  title: optionalText(120),
  email: email(),
  phone: optionalPkPhone({ landline: true }),
  isFocalPerson: checkbox(),
}
export const createContactSchema = z.object({ ...contactFields, departmentId: uuid() })
export const updateContactSchema = z.object({ ...contactFields, id: uuid(), version: version() })

export type CreateDepartmentInput = z.infer<typeof createDepartmentSchema>
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentSchema>
export type CreateContactInput = z.infer<typeof createContactSchema>
export type UpdateContactInput = z.infer<typeof updateContactSchema>
