/**
 * Switchable faults of the GitHub API double. A fault matches requests by method and operation id
 * or path pattern, and acts on the next `times` of them (default 1; 0 = every one until cleared):
 *   - `status`: answers that status instead of running the operation (a 500/502, a 422, …) with
 *     `message`, `errors` and `headers`;
 *   - `preset: 'secondary-rate-limit'`: 403 "You have exceeded a secondary rate limit" with
 *     `retry-after: <retryAfter, default 1>`; `preset: 'already-exists'`: 422 Validation Failed
 *     with `errors: [{ resource, field, code: 'already_exists' }]`;
 *   - `resetAfterBytes: K`: reads K bytes of the request body, then destroys the connection
 *     (a reset mid-upload; the client sees a network error);
 *   - `delayMs: T`: holds the request T ms, then handles it normally (to force races).
 * Injected answers are outside the OpenAPI check: GitHub documents neither per operation.
 */
import { DOCS } from './model.js'

export interface FaultSpec {
  /** HTTP method; default any. */
  method?: string
  /** An operation id of openapi-subset.json (`repos/upload-release-asset`). */
  operationId?: string
  /** A path pattern instead: `*` matches one segment, `**` any rest (`/repos/*\/*\/releases/**`). */
  path?: string
  /** How many matching requests it acts on (default 1; 0: all until cleared). */
  times?: number
  status?: number
  message?: string
  errors?: unknown[]
  headers?: Record<string, string>
  preset?: 'secondary-rate-limit' | 'already-exists'
  /** secondary-rate-limit: seconds in retry-after (default 1). */
  retryAfter?: number
  /** already-exists: the resource and field named in the error (default Release, tag_name). */
  resource?: string
  field?: string
  resetAfterBytes?: number
  delayMs?: number
}

export interface Fault {
  id: number
  spec: FaultSpec
  /** Requests it still acts on (Infinity: until cleared). */
  remaining: number
  matches(method: string, path: string, operationId: string | null): boolean
}

export type FaultAction =
  | { kind: 'answer'; status: number; headers: Record<string, string>; body: Record<string, unknown> }
  | { kind: 'reset'; afterBytes: number }
  | { kind: 'delay'; ms: number }

const pattern = (p: string) =>
  new RegExp(
    '^' +
      p
        .split('/')
        .map((seg) => (seg === '**' ? '.*' : seg.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')))
        .join('/') +
      '$'
  )

/** Checks a spec (from a test, the control API or the command line); throws on nonsense. */
export function makeFault(id: number, spec: FaultSpec): Fault {
  const kinds = [spec.status !== undefined || spec.preset !== undefined, spec.resetAfterBytes !== undefined, spec.delayMs !== undefined].filter(Boolean).length
  if (kinds !== 1) throw new Error('a fault needs exactly one of status/preset, resetAfterBytes, delayMs')
  if ((spec.operationId === undefined) === (spec.path === undefined)) throw new Error('a fault needs exactly one of operationId, path')
  if (spec.status !== undefined && !(Number.isInteger(spec.status) && spec.status >= 400 && spec.status <= 599)) throw new Error(`fault status ${spec.status} is not an error status`)
  if (spec.preset !== undefined && !['secondary-rate-limit', 'already-exists'].includes(spec.preset)) throw new Error(`unknown fault preset ${spec.preset}`)
  for (const k of ['times', 'resetAfterBytes', 'delayMs', 'retryAfter'] as const) {
    const n = spec[k]
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new Error(`fault ${k} must be a whole number ≥ 0`)
  }
  const re = spec.path !== undefined ? pattern(spec.path) : null
  const method = spec.method?.toUpperCase()
  return {
    id,
    spec,
    remaining: spec.times === 0 ? Infinity : (spec.times ?? 1),
    matches: (m, p, op) => (method === undefined || method === m) && (re ? re.test(p) : op === spec.operationId)
  }
}

/** What a fault does to the request it matched. */
export function actionOf(f: Fault): FaultAction {
  const s = f.spec
  if (s.delayMs !== undefined) return { kind: 'delay', ms: s.delayMs }
  if (s.resetAfterBytes !== undefined) return { kind: 'reset', afterBytes: s.resetAfterBytes }
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...s.headers }
  if (s.preset === 'secondary-rate-limit') {
    headers['retry-after'] ??= String(s.retryAfter ?? 1)
    return { kind: 'answer', status: 403, headers, body: { message: s.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: DOCS } }
  }
  if (s.preset === 'already-exists') {
    return { kind: 'answer', status: 422, headers, body: { message: s.message ?? 'Validation Failed', documentation_url: DOCS, errors: [{ resource: s.resource ?? 'Release', code: 'already_exists', field: s.field ?? 'tag_name' }] } }
  }
  const body: Record<string, unknown> = { message: s.message ?? `injected ${s.status}`, documentation_url: DOCS }
  if (s.errors) body.errors = s.errors
  return { kind: 'answer', status: s.status!, headers, body }
}

/** The faults of one double: the first matching delay, then the first matching answer or reset. */
export class Faults {
  private readonly list: Fault[] = []
  private seq = 0

  add(spec: FaultSpec): Fault {
    const f = makeFault(++this.seq, spec)
    this.list.push(f)
    return f
  }

  clear(): void {
    this.list.length = 0
  }

  pending(): Array<{ id: number; spec: FaultSpec; remaining: number | null }> {
    return this.list.filter((f) => f.remaining > 0).map((f) => ({ id: f.id, spec: f.spec, remaining: Number.isFinite(f.remaining) ? f.remaining : null }))
  }

  /** Consumes and returns the actions for one request: at most one delay, then at most one answer or reset. */
  take(method: string, path: string, operationId: string | null): FaultAction[] {
    const out: FaultAction[] = []
    const pick = (delay: boolean) => {
      const f = this.list.find((x) => x.remaining > 0 && (x.spec.delayMs !== undefined) === delay && x.matches(method, path, operationId))
      if (!f) return
      f.remaining--
      out.push(actionOf(f))
    }
    pick(true)
    pick(false)
    return out
  }
}
