export function requestBodyLimitBytes(uploadMaxBytes: number): number
