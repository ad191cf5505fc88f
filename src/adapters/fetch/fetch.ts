/**
 * Fetching a catalog from a URL, with one address policy applied to every hop (README
 * "Guarantees"):
 *
 *  - https:// — the host is resolved (every address) and refused when any address is loopback,
 *    private (RFC 1918, CGNAT 100.64/10, ULA fc00::/7), link-local, unspecified (0.0.0.0/8, ::),
 *    multicast, reserved or documentation space, or IPv4 inside IPv6 (::ffff:…, NAT64, 6to4,
 *    Teredo); unless allowPrivate (`--allow-private-catalog`).
 *  - http:// — only to the loopback interface (127.0.0.1, [::1], localhost, and every address it
 *    resolves to must be loopback) and only with allowPrivate: a catalog served on this machine.
 *  - Redirects are followed by hand (at most maxRedirects), each target vetted the same way; a
 *    redirect from https:// to http:// is never followed.
 *  - The connection goes to the address that was vetted: the request's `lookup` returns it, so a
 *    second DNS answer (rebinding) cannot swap it. TLS still verifies the certificate for the host.
 *  - The whole request is timed out and the body bounded (the declared length and the bytes read).
 */
import { lookup as dnsLookup } from 'node:dns/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import { CatalogFetchError } from '../../core/diagnostics/errors.js'

export interface FetchOptions {
  /** Whole request, body included. */
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
  /** Allow loopback / private addresses (https://) and plain http:// to loopback: `--allow-private-catalog`. */
  allowPrivate?: boolean
  /** Resolves a host name to every address (default: dns.lookup with all: true); tests pass their own. */
  resolve?: (host: string) => Promise<Array<{ address: string; family: number }>>
  /** Extra trusted certificate authorities for https:// (PEM); tests pass their own self-signed one. */
  ca?: string
}

export const CATALOG_LIMITS = { timeoutMs: 15_000, maxBytes: 8 * 1024 * 1024, maxRedirects: 5 } as const

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The scheme and host check before any address is looked at: https:// from anywhere; http:// only
 * to a loopback host name; nothing else.
 */
export function catalogUrlProblem(url: URL): string | null {
  if (url.protocol === 'https:') return null
  if (url.protocol === 'http:') return LOOPBACK_HOSTS.has(url.hostname) ? null : 'uses http:// to a host other than 127.0.0.1, [::1] or localhost; use https://'
  return `uses ${url.protocol} — catalogs are fetched over https:// only`
}

/** Address ranges a catalog fetch never reaches without allowPrivate, by what they are. */
const RANGES: Array<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.88.99.0', 24, 'ipv4', 'reserved'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'reserved'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['::ffff:0:0', 96, 'ipv6', 'IPv4-mapped'],
  ['::', 96, 'ipv6', 'IPv4-compatible'],
  ['64:ff9b::', 96, 'ipv6', 'NAT64'],
  ['64:ff9b:1::', 48, 'ipv6', 'NAT64'],
  ['100::', 64, 'ipv6', 'discard'],
  ['2001::', 23, 'ipv6', 'reserved (Teredo, benchmarking)'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['2002::', 16, 'ipv6', '6to4'],
  ['fc00::', 7, 'ipv6', 'private (ULA)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local'],
  ['ff00::', 8, 'ipv6', 'multicast']
]
const BLOCKS = RANGES.map(([net4, prefix, type, what]) => {
  const list = new net.BlockList()
  list.addSubnet(net4, prefix, type)
  return { list, type, what }
})

/** What a non-public address is ('loopback', 'private', …), or null for a public unicast address. */
export function addressProblem(address: string): string | null {
  const family = net.isIP(address)
  if (family === 0) return 'not an IP address'
  const type = family === 4 ? 'ipv4' : 'ipv6'
  return BLOCKS.find((b) => b.type === type && b.list.check(address, type))?.what ?? null
}

const isLoopback = (address: string) => addressProblem(address) === 'loopback'

async function vet(url: URL, allowPrivate: boolean, resolve: NonNullable<FetchOptions['resolve']>): Promise<{ address: string; family: number }> {
  const problem = catalogUrlProblem(url)
  if (problem) throw new CatalogFetchError(`${url.href}: refusing to fetch the catalog: it ${problem}`)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: Array<{ address: string; family: number }>
  if (net.isIP(host)) addresses = [{ address: host, family: net.isIP(host) }]
  else {
    try {
      addresses = await resolve(host)
    } catch (err) {
      throw new CatalogFetchError(`${url.href}: cannot read the catalog: ${(err as { code?: string }).code ?? (err as Error).message}`)
    }
  }
  if (!addresses.length) throw new CatalogFetchError(`${url.href}: cannot read the catalog: ${host} has no address`)
  if (url.protocol === 'http:') {
    if (!allowPrivate) throw new CatalogFetchError(`${url.href}: refusing to fetch the catalog: plain http:// is only for a catalog on this machine, with --allow-private-catalog; use https://`)
    const other = addresses.find((a) => !isLoopback(a.address))
    if (other) throw new CatalogFetchError(`${url.href}: refusing to fetch the catalog: ${host} resolves to ${other.address}, which is not loopback; http:// is for this machine only`)
  } else if (!allowPrivate) {
    for (const a of addresses) {
      const what = addressProblem(a.address)
      if (what) throw new CatalogFetchError(`${url.href}: refusing to fetch the catalog: ${host} resolves to ${a.address} (${what}); a catalog on a private network needs --allow-private-catalog`)
    }
  }
  return addresses[0]!
}

const defaultResolve = async (host: string) => dnsLookup(host, { all: true, verbatim: true })

interface Answer {
  status: number
  location: string | null
  length: number
  body: http.IncomingMessage
}

/** A `lookup` for net.connect that answers with the vetted address only. */
function pinnedLookup(pinned: { address: string; family: number }): net.LookupFunction {
  return ((_host: string, opts: { all?: boolean }, cb: (err: null, address: unknown, family?: number) => void) => {
    if (opts.all) cb(null, [pinned])
    else cb(null, pinned.address, pinned.family)
  }) as unknown as net.LookupFunction
}

/** One GET to the vetted address (the lookup answers with it, whatever DNS says now). */
function get(url: URL, pinned: { address: string; family: number }, signal: AbortSignal, ca: string | undefined): Promise<Answer> {
  const lib = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'GET',
        agent: false,
        signal,
        headers: { accept: 'application/toml, text/plain;q=0.9, */*;q=0.1', 'user-agent': 'modules-rebuild' },
        lookup: pinnedLookup(pinned),
        ...(ca && url.protocol === 'https:' ? { ca } : {})
      },
      (res) => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, length: Number(res.headers['content-length'] ?? NaN), body: res })
    )
    req.on('error', reject)
    req.end()
  })
}

/** GETs a catalog: redirects followed by hand (each hop vetted), the size bounded, the whole request timed out. */
export async function fetchCatalogText(spec: string, options: FetchOptions = {}): Promise<string> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...CATALOG_LIMITS, ...options }
  const allowPrivate = options.allowPrivate ?? false
  const resolve = options.resolve ?? defaultResolve
  let url: URL
  try {
    url = new URL(spec)
  } catch {
    throw new CatalogFetchError(`${spec}: not a valid URL`)
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    for (let hop = 0; ; hop++) {
      const res = await get(url, await vet(url, allowPrivate, resolve), controller.signal, options.ca)
      if (res.status >= 300 && res.status < 400 && res.location) {
        res.body.resume()
        if (hop >= maxRedirects) throw new CatalogFetchError(`${spec}: more than ${maxRedirects} redirects`)
        const next = new URL(res.location, url)
        if (url.protocol === 'https:' && next.protocol === 'http:') throw new CatalogFetchError(`${next.href}: refusing to fetch the catalog: ${url.href} redirects from https:// to http://`)
        url = next
        continue
      }
      if (res.status < 200 || res.status >= 300) {
        res.body.resume()
        throw new CatalogFetchError(`${url.href}: cannot read the catalog: HTTP ${res.status}`)
      }
      if (res.length > maxBytes) {
        res.body.destroy()
        throw new CatalogFetchError(`${url.href}: the catalog is larger than ${maxBytes} bytes`)
      }
      const chunks: Buffer[] = []
      let size = 0
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        size += chunk.byteLength
        if (size > maxBytes) {
          res.body.destroy()
          throw new CatalogFetchError(`${url.href}: the catalog is larger than ${maxBytes} bytes`)
        }
        chunks.push(chunk)
      }
      return new TextDecoder('utf-8').decode(Buffer.concat(chunks))
    }
  } catch (err) {
    if (err instanceof CatalogFetchError) throw err
    if (controller.signal.aborted) throw new CatalogFetchError(`${spec}: cannot read the catalog: no complete answer within ${timeoutMs} ms`)
    const e = err as { code?: string; message?: string }
    throw new CatalogFetchError(`${spec}: cannot read the catalog: ${e.code ?? e.message}`)
  } finally {
    clearTimeout(timer)
  }
}
