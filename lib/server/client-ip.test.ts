// The client address behind the per-IP limits, read from as many proxy hops as are trusted.
import { afterEach, describe, expect, it } from 'vitest'
import { resetEnvCache } from '../env'
import { clientAddress, clientIp } from './client-ip'

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS
  resetEnvCache()
})

describe('clientAddress', () => {
  it('with no trusted proxy, trusts no header: a client writes X-Forwarded-For as it likes', () => {
    expect(clientAddress('203.0.113.7', 0)).toBeNull()
    expect(clientAddress('198.51.100.1, 203.0.113.7', 0)).toBeNull()
    expect(clientAddress(null, 0)).toBeNull()
  })

  it('behind one proxy, takes the address that proxy added (the last), not what the client wrote before it', () => {
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7')
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real address.
    expect(clientAddress('1.2.3.4, 203.0.113.7', 1)).toBe('203.0.113.7')
    expect(clientAddress('1.2.3.4,203.0.113.7', 1)).toBe('203.0.113.7')
  })

  it('behind N proxies, takes the Nth address from the right', () => {
    // client -> CDN (adds the client) -> load balancer (adds the CDN) -> app
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
    expect(clientAddress('203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7')
  })

  it('with fewer addresses than trusted hops, or none, takes the furthest there is', () => {
    expect(clientAddress('203.0.113.7', 3)).toBe('203.0.113.7')
    expect(clientAddress(undefined, 1)).toBeNull()
    expect(clientAddress(' , ', 1)).toBeNull()
  })

  it('keeps only what looks like an address', () => {
    expect(clientAddress('2001:db8::1', 1)).toBe('2001:db8::1')
    expect(clientAddress('[2001:db8::1]:443', 1)).toBe('[2001:db8::1]:443')
    expect(clientAddress('1.2.3.4, ' + 'x'.repeat(500), 1)).toBeNull()
    expect(clientAddress('1.2.3.4, evil key\u0000', 1)).toBeNull()
  })
})

describe('clientIp', () => {
  it('reads TRUSTED_PROXY_HOPS (default 0) and the header from a Headers or a plain object', () => {
    const h = new Headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' })
    expect(clientIp(h)).toBeNull()
    process.env.TRUSTED_PROXY_HOPS = '1'
    resetEnvCache()
    expect(clientIp(h)).toBe('203.0.113.7')
    expect(clientIp({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' })).toBe('203.0.113.7')
    expect(clientIp({ 'x-forwarded-for': ['1.2.3.4', '203.0.113.8'] })).toBe('203.0.113.8')
    expect(clientIp(undefined)).toBeNull()
  })

  it('refuses a setting that is not a small whole number', () => {
    process.env.TRUSTED_PROXY_HOPS = 'yes'
    resetEnvCache()
    expect(() => clientIp(new Headers())).toThrow(/TRUSTED_PROXY_HOPS/)
  })
})
