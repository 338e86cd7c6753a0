// The one place that reads process.env: every setting, checked with zod at first use.
import { z } from 'zod'

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().default('.data/pglite'),
  NEXTAUTH_SECRET: z.string().min(32).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Daftar <no-reply@daftar.local>'),
  /** Without SMTP_URL: a folder that receives each message as a file (local runs, browser tests). */
  MAIL_DROP_DIR: z.string().optional(),
  UPLOAD_DIR: z.string().default('.data/uploads'),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  S3_ENDPOINT: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().default('us-east-1'),
  /** How many proxies in front of the app append to X-Forwarded-For (lib/server/client-ip.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(20).default(0),
  /** Show the demo sign-ins on the sign-in page. Defaults to on for the embedded database only. */
  DAFTAR_DEMO: z.enum(['on', 'off']).optional(),
})

export type Env = z.infer<typeof envSchema>

let cached: Env | undefined

export function env(): Env {
  if (cached) return cached
  const parsed = envSchema.safeParse(process.env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  cached = parsed.data
  return cached
}

/** Tests change settings between cases. */
export function resetEnvCache() {
  cached = undefined
}
