export function contentSecurityPolicy(o: { nonce?: string; production: boolean }): string
