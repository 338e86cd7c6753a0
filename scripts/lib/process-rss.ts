// The resident memory of a running server's processes, found from the port it listens on
// (Linux /proc): the process that owns the listening socket and every process under it
// (`npm start` runs a primary and one server process per core, scripts/serve.ts).
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

export interface ProcessRss {
  pid: number
  /** "primary" owns the port; "server" processes render pages. */
  role: 'primary' | 'server'
  rssMb: number
}

function listeningInodes(port: number): Set<string> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0')
  const out = new Set<string>()
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = ''
    try {
      text = readFileSync(f, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      // local_address is "ADDR:PORT"; state 0A is LISTEN; the inode is the tenth column.
      if (cols.length > 9 && cols[1].endsWith(`:${hex}`) && cols[3] === '0A') out.add(cols[9])
    }
  }
  return out
}

function ownerOf(inodes: Set<string>): number | null {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${d}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      try {
        const m = readlinkSync(`/proc/${d}/fd/${fd}`).match(/^socket:\[(\d+)\]$/)
        if (m && inodes.has(m[1])) return Number(d)
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null
}

function children(pid: number): number[] {
  const out: number[] = []
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim()
      if (text) out.push(...text.split(/\s+/).map(Number))
    }
  } catch {
    // gone
  }
  return out
}

function rssMb(pid: number): number | null {
  try {
    const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1]
    return kb ? Math.round(Number(kb) / 102.4) / 10 : null
  } catch {
    return null
  }
}

/** The processes serving `port` with their RSS now, or [] when none is found on this machine. */
export function serverRss(port: number): ProcessRss[] {
  const inodes = listeningInodes(port)
  if (!inodes.size) return []
  const owner = ownerOf(inodes)
  if (owner === null) return []
  const out: ProcessRss[] = []
  const seen = new Set<number>()
  const walk = (pid: number, role: ProcessRss['role']) => {
    if (seen.has(pid)) return
    seen.add(pid)
    const mb = rssMb(pid)
    if (mb !== null) out.push({ pid, role, rssMb: mb })
    for (const c of children(pid)) walk(c, 'server')
  }
  walk(owner, 'primary')
  return out
}

/** Samples `serverRss` every `everyMs` until stopped; keeps each process's largest value. */
export function sampleRss(port: number, everyMs = 2000) {
  const peak = new Map<number, ProcessRss>()
  let last: ProcessRss[] = []
  const take = () => {
    last = serverRss(port)
    for (const p of last) if ((peak.get(p.pid)?.rssMb ?? 0) < p.rssMb) peak.set(p.pid, p)
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop() {
      clearInterval(timer)
      take()
      return { last, peak: [...peak.values()] }
    },
  }
}
