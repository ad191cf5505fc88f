/**
 * Smoke checks over HTTP (the pure judgement is src/core/deploy/smoke.ts): health retried with
 * backoff until the deadline, then modules and (optionally) migrations once each. Bodies are read
 * up to 1 MiB; every request has its own timeout.
 */
import { backoffDelays, judgeMigrations, judgeModules, type HttpAnswer, type SmokeCheck, type SmokeExpectation, type SmokeReport } from '../../core/deploy/smoke.js'
import type { SmokeConfig } from '../../core/config/deploy.js'

const MAX_BODY = 1 << 20

export interface SmokeOptions {
  baseUrl: string
  expected: SmokeExpectation | null
  config: SmokeConfig
  fetch?: typeof fetch
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

async function get(f: typeof fetch, url: string, timeoutMs: number): Promise<HttpAnswer | string> {
  try {
    const res = await f(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    const chunks: Uint8Array[] = []
    let size = 0
    if (res.body) {
      for await (const c of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += c.byteLength
        if (size > MAX_BODY) return `the answer is over ${MAX_BODY} bytes`
        chunks.push(c)
      }
    }
    return { status: res.status, body: Buffer.concat(chunks).toString('utf8') }
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    return e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `no answer: ${e.cause?.code ?? e.message}`
  }
}

/** `base` + `path` (the base's own path kept: https://x/app + /health → https://x/app/health). */
export function smokeUrl(base: string, p: string): string {
  const u = new URL(base)
  u.pathname = `${u.pathname.replace(/\/+$/, '')}${p.split('?')[0]}`
  u.search = p.includes('?') ? p.slice(p.indexOf('?')) : ''
  return u.toString()
}

export async function runSmoke(o: SmokeOptions): Promise<SmokeReport> {
  const f = o.fetch ?? globalThis.fetch
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const now = o.now ?? (() => performance.now())
  const timeoutMs = Math.round(o.config.timeout * 1000)
  const checks: SmokeCheck[] = []
  let observed: SmokeReport['observed'] = { manifest_hash: null, modules: null }

  const healthUrl = smokeUrl(o.baseUrl, o.config.health_path)
  const t0 = now()
  const delays = backoffDelays(Math.round(o.config.deadline * 1000), Math.round(o.config.backoff * 1000), 8000)
  let attempts = 0
  let last: HttpAnswer | string = 'not asked'
  for (;;) {
    attempts++
    last = await get(f, healthUrl, timeoutMs)
    if (typeof last !== 'string' && last.status === 200) break
    const wait = delays[attempts - 1]
    if (wait === undefined || now() - t0 + wait > o.config.deadline * 1000) break
    await sleep(wait)
  }
  const healthy = typeof last !== 'string' && last.status === 200
  checks.push({ name: 'health', ok: healthy, url: healthUrl, status: typeof last === 'string' ? null : last.status, attempts, elapsed_ms: Math.round(now() - t0), message: healthy ? 'answered 200' : `${typeof last === 'string' ? last : `answered HTTP ${last.status}`} after ${attempts} attempt(s) within the ${o.config.deadline} s deadline` })

  if (healthy) {
    const modulesUrl = smokeUrl(o.baseUrl, o.config.modules_path)
    const t1 = now()
    const a = await get(f, modulesUrl, timeoutMs)
    if (typeof a === 'string') checks.push({ name: 'modules', ok: false, url: modulesUrl, status: null, attempts: 1, elapsed_ms: Math.round(now() - t1), message: a })
    else {
      const j = judgeModules(a, o.expected)
      observed = j.observed
      checks.push({ name: 'modules', ok: j.ok, url: modulesUrl, status: a.status, attempts: 1, elapsed_ms: Math.round(now() - t1), message: j.message })
    }
    if (o.config.migrations_path !== '') {
      const migrationsUrl = smokeUrl(o.baseUrl, o.config.migrations_path)
      const t2 = now()
      const m = await get(f, migrationsUrl, timeoutMs)
      const j = typeof m === 'string' ? { ok: false, message: m } : judgeMigrations(m)
      checks.push({ name: 'migrations', ok: j.ok, url: migrationsUrl, status: typeof m === 'string' ? null : m.status, attempts: 1, elapsed_ms: Math.round(now() - t2), message: j.message })
    }
  }
  return { ok: healthy && checks.every((c) => c.ok), base_url: o.baseUrl, expected: o.expected, observed, checks }
}
