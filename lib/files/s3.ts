// An S3-compatible storage driver (AWS S3, MinIO, Cloudflare R2, DigitalOcean Spaces...),
// used when S3_ENDPOINT and S3_BUCKET are set. Requests are signed with AWS Signature
// Version 4 using node:crypto: no SDK. Objects are addressed path-style
// (<endpoint>/<bucket>/<key>), which every S3-compatible service accepts.
import { createHmac } from 'node:crypto'
import { env } from '../env'
import { sha256Hex } from '../hash'
import type { StorageDriver } from './driver'

export interface SignInput {
  method: string
  url: URL
  /** Headers to sign besides host, x-amz-date and x-amz-content-sha256 (added here). */
  headers?: Record<string, string>
  /** Hex SHA-256 of the body. */
  payloadHash: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  service?: string
  date: Date
}

const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/** RFC 3986 encoding, as SigV4 wants it: unreserved characters stay, everything else is %XX. */
function uriEncode(s: string) {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function canonicalPath(pathname: string) {
  // S3 signs the path with each segment encoded once; the URL object has already
  // percent-encoded it, so decode first to avoid encoding twice.
  return pathname
    .split('/')
    .map((seg) => uriEncode(decodeURIComponent(seg)))
    .join('/')
}

function canonicalQuery(params: URLSearchParams) {
  return [...params.entries()]
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
}

/** yyyymmddThhmmssZ */
function amzDate(d: Date) {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

/** Returns the headers to send: the caller's, plus host, x-amz-date, x-amz-content-sha256 and Authorization. */
export function signV4(i: SignInput): Record<string, string> {
  const service = i.service ?? 's3'
  const stamp = amzDate(i.date)
  const day = stamp.slice(0, 8)
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(i.headers ?? {})) headers[k.toLowerCase()] = v
  headers.host = i.url.host
  headers['x-amz-date'] = stamp
  headers['x-amz-content-sha256'] = i.payloadHash
  const names = Object.keys(headers).sort()
  const canonicalHeaders = names.map((n) => `${n}:${headers[n].trim().replace(/\s+/g, ' ')}\n`).join('')
  const signedHeaders = names.join(';')
  const canonicalRequest = [
    i.method.toUpperCase(),
    canonicalPath(i.url.pathname),
    canonicalQuery(i.url.searchParams),
    canonicalHeaders,
    signedHeaders,
    i.payloadHash,
  ].join('\n')
  const scope = `${day}/${i.region}/${service}/aws4_request`
  const stringToSign = ['AWS4-HMAC-SHA256', stamp, scope, sha256Hex(canonicalRequest)].join('\n')
  const kDate = hmac(`AWS4${i.secretAccessKey}`, day)
  const kSigning = hmac(hmac(hmac(kDate, i.region), service), 'aws4_request')
  const signature = createHmac('sha256', kSigning).update(stringToSign).digest('hex')
  const { host: _host, ...rest } = headers
  return {
    ...rest,
    authorization: `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  }
}

export interface S3Config {
  endpoint: string
  bucket: string
  accessKeyId: string
  secretAccessKey: string
  region: string
  fetch?: typeof fetch
  now?: () => Date
}

export function s3Driver(config?: S3Config): StorageDriver {
  const c = config ?? configFromEnv()
  const doFetch = c.fetch ?? fetch
  const base = c.endpoint.replace(/\/+$/, '')
  const urlFor = (key: string) => new URL(`${base}/${encodeURIComponent(c.bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`)

  async function send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Uint8Array, contentType?: string) {
    const url = urlFor(key)
    const headers = signV4({
      method,
      url,
      headers: contentType ? { 'content-type': contentType } : {},
      payloadHash: sha256Hex(body ?? new Uint8Array()),
      accessKeyId: c.accessKeyId,
      secretAccessKey: c.secretAccessKey,
      region: c.region,
      date: (c.now ?? (() => new Date()))(),
    })
    return doFetch(url, { method, headers, body: body as BodyInit | undefined })
  }

  async function fail(op: string, key: string, res: Response): Promise<never> {
    // The response body names the S3 error code (e.g. SignatureDoesNotMatch); keep it short.
    const detail = (await res.text().catch(() => '')).slice(0, 300)
    throw new Error(`S3 ${op} ${key} failed: ${res.status} ${detail}`)
  }

  return {
    async put(key, bytes, contentType) {
      const res = await send('PUT', key, bytes, contentType)
      if (!res.ok) await fail('PUT', key, res)
    },
    async get(key) {
      const res = await send('GET', key)
      if (!res.ok) await fail('GET', key, res)
      return new Uint8Array(await res.arrayBuffer())
    },
    async remove(key) {
      const res = await send('DELETE', key)
      // Deleting something already gone is not an error.
      if (!res.ok && res.status !== 404) await fail('DELETE', key, res)
    },
  }
}

function configFromEnv(): S3Config {
  const e = env()
  if (!e.S3_ENDPOINT || !e.S3_BUCKET || !e.S3_ACCESS_KEY_ID || !e.S3_SECRET_ACCESS_KEY) {
    throw new Error('S3 storage needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.')
  }
  return {
    endpoint: e.S3_ENDPOINT,
    bucket: e.S3_BUCKET,
    accessKeyId: e.S3_ACCESS_KEY_ID,
    secretAccessKey: e.S3_SECRET_ACCESS_KEY,
    region: e.S3_REGION,
  }
}
