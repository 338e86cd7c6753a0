// Builds the app once before the browser tests' servers start (playwright.config.ts): each
// server then finds the build made from today's sources and serves it, and two servers never
// build into the same folder at once.
import { ensureBuild } from './lib/ensure-build'

ensureBuild(process.cwd(), { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })
