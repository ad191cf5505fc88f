/**
 * Streaming uploads from disk over node:http(s), shared by the GitHub release assets
 * (src/release/github-assets.ts) and the OCI blob upload (src/oci/registry.ts): a FileBody sent
 * from one reused 1 MiB buffer, each write flushed before the next read. Node's fetch reads a
 * stream body ahead without backpressure (a 500 MiB blob cost 500 MiB of memory).
 */
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'

/**
 * A request body that streams `path` and can be sent again: every iteration opens the file anew,
 * so Octokit's retries (5xx, a reset connection, a secondary rate limit) resend the whole file
 * instead of a consumed stream. Never the whole file in memory: 64 KiB chunks. uploadFetch sends
 * it from a reused buffer instead.
 */
export class FileBody implements AsyncIterable<Uint8Array> {
  constructor(readonly path: string) {}
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return createReadStream(this.path, { highWaterMark: 64 * 1024 })[Symbol.asyncIterator]()
  }
}

/**
 * Octokit's `request.fetch` for uploads: sends a FileBody over node:http(s) from one reused 1 MiB
 * buffer, waiting for each write to be flushed before reading on. Node's fetch (and a piped read
 * stream) keep every chunk alive until a garbage collection, which let a 256 MiB upload add about
 * as much to the publisher's memory; this keeps it flat. Any other body goes to `fallback`.
 * Note: not through the runner's HTTP(S)_PROXY.
 */
export function uploadFetch(fallback: typeof fetch = globalThis.fetch): typeof fetch {
  return (async (input: string | URL | Request, init: RequestInit = {}) => {
    if (!(init.body instanceof FileBody)) return fallback(input, init)
    const file = init.body.path
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((v, k) => (headers[k] = v))
    const fh = await open(file)
    try {
      return await new Promise<Response>((resolve, reject) => {
        const req = (url.protocol === 'https:' ? https : http).request(url, { method: init.method ?? 'POST', headers, ...(init.signal ? { signal: init.signal } : {}) }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('error', reject)
          res.on('end', () => {
            const h = new Headers()
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(', ') : v)
            const status = res.statusCode ?? 500
            resolve(new Response([101, 204, 205, 304].includes(status) ? null : Buffer.concat(chunks), { status, headers: h }))
          })
        })
        req.on('error', reject)
        const buf = Buffer.allocUnsafeSlow(1 << 20)
        const pump = async () => {
          for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null)
            if (!bytesRead) break
            await new Promise<void>((ok, fail) => req.write(buf.subarray(0, bytesRead), (e) => (e ? fail(e) : ok())))
          }
          req.end()
        }
        pump().catch((err: unknown) => {
          req.destroy(err as Error)
          reject(err)
        })
      })
    } finally {
      await fh.close()
    }
  }) as typeof fetch
}
