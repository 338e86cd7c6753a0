// The upload size limit as shown to people, in whole megabytes.
import { env } from '../env'

export function uploadLimitMb() {
  return Math.round(env().UPLOAD_MAX_BYTES / 1024 / 1024)
}
