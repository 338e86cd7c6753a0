// The domain every .ics UID of this installation ends with (the app's own host name), shared by
// sessions, calendar feeds and interviews so a calendar never holds two copies of one event.
import { appUrl } from '../server/mailer'

export const calendarDomain = () => new URL(appUrl('/')).hostname
