export function contentSecurityPolicy(o: { nonce?: string; production: boolean }): string
export const DOWNLOAD_POLICY: string
