// Stands in for 'server-only' under vitest (domain code is tested directly, outside React).
export {}
