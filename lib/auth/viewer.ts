// The signed-in person as every domain function sees them (its first argument).
import type { RoleName } from './roles'

export interface Viewer {
  userId: string
  role: RoleName
  departmentId: string | null
  name: string
  email: string
}
