// Limits the application form shows and enforces in the browser before upload (the server
// checks again): a 50 MB file must get a clear message, not a failed request.
import { env } from '../env'

export function uploadLimitBytes() {
  return env().UPLOAD_MAX_BYTES
}
