import { handleAuthRequest } from '@/lib/auth/auth-route'

export { handleAuthRequest as GET, handleAuthRequest as POST }
