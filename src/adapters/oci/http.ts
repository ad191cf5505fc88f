/** Small helpers for registry HTTP responses: bounded bodies and the OCI error JSON. */

export type Fetch = typeof globalThis.fetch

/** The body of `res`, refused (and the transfer cancelled) past `max` bytes. */
export async function readLimited(res: Response, max: number, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (declared > max) {
    await res.body?.cancel()
    throw new Error(`${what}: response of ${declared} bytes is over the ${max}-byte limit`)
  }
  if (!res.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = res.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > max) {
      await reader.cancel()
      throw new Error(`${what}: response is over the ${max}-byte limit`)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}

/** Reads and discards a body we do not need, so the connection can be reused. */
export async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel()
  } catch {
    // already closed
  }
}

export interface RegistryErrorInfo {
  code?: string
  message: string
}

/**
 * The first error of the distribution spec's error body `{"errors":[{"code","message","detail"}]}`,
 * or the status text when the body is not one. Bodies are read up to 64 KiB.
 */
export async function registryError(res: Response): Promise<RegistryErrorInfo> {
  let text = ''
  try {
    text = new TextDecoder().decode(await readLimited(res, 64 * 1024, 'error body'))
  } catch {
    // too large or broken: the status says enough
  }
  try {
    const body = JSON.parse(text) as { errors?: Array<{ code?: unknown; message?: unknown }> }
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined
    if (first && typeof first.code === 'string') {
      const extra = body.errors!.length > 1 ? ` (and ${body.errors!.length - 1} more)` : ''
      return { code: first.code, message: `${typeof first.message === 'string' ? first.message : first.code.toLowerCase()}${extra}` }
    }
  } catch {
    // not JSON
  }
  return { message: res.statusText || 'request failed' }
}

/** The media type of a Content-Type header, without parameters. */
export function mediaTypeOf(contentType: string | null): string | undefined {
  const t = contentType?.split(';')[0]?.trim().toLowerCase()
  return t ? t : undefined
}

/** The `rel="next"` target of a Link header, resolved against `base`. */
export function nextLink(link: string | null, base: string): string | null {
  if (!link) return null
  for (const part of link.split(',')) {
    const m = /<([^>]*)>\s*;(.*)/.exec(part.trim())
    if (m && /rel="?next"?/.test(m[2]!)) return new URL(m[1]!, base).toString()
  }
  return null
}
