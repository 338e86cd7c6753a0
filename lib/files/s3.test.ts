import { describe, expect, it } from 'vitest'
import { s3Driver, signV4 } from './s3'
import { sha256Hex } from '../hash'

// The example credentials and requests from Amazon's S3 documentation ("Signature Calculations
// for the Authorization Header: Transferring Payload in a Single Chunk").
const creds = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'us-east-1' }
const date = new Date('2013-05-24T00:00:00Z')

describe('signV4', () => {
  it('signs the documented GET Object example exactly as AWS does', () => {
    const h = signV4({
      ...creds,
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      headers: { Range: 'bytes=0-9' },
      payloadHash: sha256Hex(''),
      date,
    })
    expect(h.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    )
    expect(h['x-amz-date']).toBe('20130524T000000Z')
    expect(h['x-amz-content-sha256']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it('signs the documented PUT Object example, with a key that needs encoding', () => {
    const body = 'Welcome to Amazon S3.'
    const h = signV4({
      ...creds,
      method: 'PUT',
      url: new URL('https://examplebucket.s3.amazonaws.com/test$file.text'),
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
      payloadHash: sha256Hex(body),
      date,
    })
    expect(h['x-amz-content-sha256']).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072')
    expect(h.authorization).toContain('SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class,')
    expect(h.authorization).toContain('Signature=98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd')
  })

  it('changes the signature when anything signed changes', () => {
    const base = {
      ...creds,
      method: 'GET',
      url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      payloadHash: sha256Hex(''),
      date,
    }
    const a = signV4(base).authorization
    expect(signV4({ ...base, method: 'DELETE' }).authorization).not.toBe(a)
    expect(signV4({ ...base, secretAccessKey: 'other' }).authorization).not.toBe(a)
    expect(signV4({ ...base, url: new URL('https://examplebucket.s3.amazonaws.com/test2.txt') }).authorization).not.toBe(a)
  })
})

describe('s3Driver', () => {
  function fakeS3() {
    const objects = new Map<string, Uint8Array>()
    const calls: { method: string; url: string; auth: string }[] = []
    const fetchFn = (async (input: URL | RequestInfo, init?: RequestInit) => {
      const url = String(input)
      const headers = init?.headers as Record<string, string>
      calls.push({ method: init!.method!, url, auth: headers.authorization })
      if (!headers.authorization?.startsWith('AWS4-HMAC-SHA256 Credential=KEY/'))
        return new Response('<Code>AccessDenied</Code>', { status: 403 })
      if (init!.method === 'PUT') objects.set(url, new Uint8Array(init!.body as Uint8Array))
      if (init!.method === 'GET') {
        const o = objects.get(url)
        return o ? new Response(o as unknown as BodyInit) : new Response('<Code>NoSuchKey</Code>', { status: 404 })
      }
      if (init!.method === 'DELETE') objects.delete(url)
      return new Response(null, { status: init!.method === 'DELETE' ? 204 : 200 })
    }) as typeof fetch
    return { objects, calls, fetchFn }
  }

  it('stores, reads back and deletes an object path-style at the endpoint', async () => {
    const s3 = fakeS3()
    const d = s3Driver({
      endpoint: 'http://minio.local:9000/',
      bucket: 'daftar',
      accessKeyId: 'KEY',
      secretAccessKey: 'SECRET',
      region: 'us-east-1',
      fetch: s3.fetchFn,
    })
    await d.put('2026/11/abc.pdf', new TextEncoder().encode('%PDF-1.7'), 'application/pdf')
    expect(s3.calls[0]).toMatchObject({ method: 'PUT', url: 'http://minio.local:9000/daftar/2026/11/abc.pdf' })
    expect(new TextDecoder().decode(await d.get('2026/11/abc.pdf'))).toBe('%PDF-1.7')
    await d.remove('2026/11/abc.pdf')
    await expect(d.get('2026/11/abc.pdf')).rejects.toThrow(/404/)
    await expect(d.remove('2026/11/abc.pdf')).resolves.toBeUndefined()
  })

  it('reports a refused request instead of pretending it worked', async () => {
    const s3 = fakeS3()
    const d = s3Driver({
      endpoint: 'http://minio.local:9000',
      bucket: 'daftar',
      accessKeyId: 'WRONG',
      secretAccessKey: 'x',
      region: 'us-east-1',
      fetch: s3.fetchFn,
    })
    await expect(d.put('k.txt', new Uint8Array([104, 105]), 'text/plain')).rejects.toThrow(/403.*AccessDenied/)
  })
})
