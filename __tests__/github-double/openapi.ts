/**
 * The OpenAPI side of the GitHub API double: routes a request to its operation in
 * openapi-subset.json (GitHub's own description, see scripts/extract-openapi.mjs) and validates
 * path parameters, query, body and the response (status and body) with ajv in strict mode.
 *
 * Why ajv (+ ajv-formats): GitHub's description is OpenAPI 3.0, whose schemas are JSON Schema
 * (draft 4/7 style) plus `nullable`; ajv supports `nullable` natively, and ajv-formats supplies the
 * formats the subset uses (date-time, uri, int64). `repo.nwo` is GitHub's own and added here.
 * Strict mode: a keyword ajv does not know fails at load, so nothing in the description is
 * silently ignored.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Obj = { [k: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: Obj
}

interface Operation {
  operationId: string
  method: string
  template: string
  /** Path segments of the template; `{name}` marks a parameter. */
  segments: string[]
  parameters: Parameter[]
  requestBody: { required?: boolean; content: Record<string, { schema: Obj }> } | undefined
  responses: Record<string, { content?: Record<string, { schema: Obj }> }>
}

export const SUBSET_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'openapi-subset.json')

/**
 * Answers GitHub gives that its description leaves out, each with the component schema its body
 * follows. Only these are accepted beyond the description; any other undocumented status stays a
 * violation. Sources: GitHub's REST docs and observed answers (immutable releases: "Cannot upload
 * assets to an immutable release", "state cannot be changed when release is immutable").
 */
export const UNDOCUMENTED: Record<string, Record<string, string>> = {
  // A release that does not exist, or a draft asked for by a token without push access.
  'repos/get-release': { '404': 'basic-error' },
  'repos/update-release': { '422': 'validation-error' },
  'repos/delete-release': { '422': 'validation-error' },
  'repos/list-release-assets': { '404': 'basic-error' },
  // Documented without content; GitHub sends a validation error (already_exists, immutable release).
  'repos/upload-release-asset': { '404': 'basic-error', '422': 'validation-error' },
  'repos/delete-release-asset': { '422': 'validation-error' },
  'git/delete-ref': { '422': 'validation-error' },
  'repos/create-deployment-status': { '404': 'basic-error' },
  'repos/list-deployments': { '404': 'basic-error' }
}

/**
 * Where GitHub's answers break its own description: the deployment status URLs default to "" (the
 * request body documents `Default: ""`) but the response schema says `format: uri`.
 */
const EMPTY_URI_ALLOWED: Array<[schema: string, property: string]> = [
  ['deployment-status', 'target_url'],
  ['deployment-status', 'environment_url'],
  ['deployment-status', 'log_url']
]

export interface Routed {
  op: Operation
  params: Record<string, string>
}

/** Validation failures as one readable line each. */
const describe = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`).join('; ')

export class OpenApi {
  readonly subset: Obj
  readonly operations: Operation[]
  private readonly ajv: Ajv
  /** Parameters arrive as strings: a second instance coerces them to the declared types. */
  private readonly ajvParams: Ajv
  private readonly cache = new Map<object, ValidateFunction>()

  constructor(file = SUBSET_FILE) {
    this.subset = JSON.parse(readFileSync(file, 'utf8')) as Obj
    const components = this.subset.components as Record<string, Record<string, Obj>>
    const definitions = rewriteRefs(components.schemas ?? {}) as Record<string, Obj>
    for (const [name, prop] of EMPTY_URI_ALLOWED) {
      const props = definitions[name]?.properties as Record<string, Obj> | undefined
      if (!props?.[prop]) throw new Error(`openapi-subset.json: ${name}.${prop} is gone; update EMPTY_URI_ALLOWED`)
      props[prop] = { anyOf: [props[prop]!, { type: 'string', maxLength: 0 }] }
    }
    const make = (coerceTypes: boolean) => {
      const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, strictTuples: false, coerceTypes })
      // CommonJS: the plugin is module.exports and, typed, its `default`.
      formats.default(ajv)
      // GitHub's "owner/name" format (pulls/create head_repo).
      ajv.addFormat('repo.nwo', /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/)
      ajv.addSchema({ $id: 'gh', definitions })
      return ajv
    }
    this.ajv = make(false)
    this.ajvParams = make(true)
    this.operations = []
    for (const [template, item] of Object.entries(this.subset.paths as Record<string, Record<string, Obj>>)) {
      for (const [method, op] of Object.entries(item)) {
        const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p) => this.resolve(p as Obj) as unknown as Parameter)
        const responses: Operation['responses'] = {}
        for (const [status, r] of Object.entries(op.responses as Record<string, Obj>)) responses[status] = this.resolve(r) as Operation['responses'][string]
        for (const [status, schema] of Object.entries(UNDOCUMENTED[op.operationId as string] ?? {})) {
          if (!components.schemas?.[schema]) throw new Error(`openapi-subset.json: no schema ${schema} for the undocumented ${status} of ${String(op.operationId)}`)
          responses[status] = { content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } } }
        }
        this.operations.push({
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          template,
          segments: template.split('/').slice(1),
          parameters,
          requestBody: op.requestBody as Operation['requestBody'],
          responses
        })
      }
    }
  }

  /** A `#/components/<kind>/<name>` reference (parameters, responses) resolved one level. */
  private resolve(v: Obj): Obj {
    const ref = v.$ref
    if (typeof ref !== 'string') return v
    const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)
    const target = m ? (this.subset.components as Record<string, Record<string, Obj>>)[m[1]!]?.[m[2]!] : undefined
    if (!target) throw new Error(`openapi-subset.json: dangling $ref ${ref}`)
    return this.resolve(target)
  }

  operation(operationId: string): Operation {
    const op = this.operations.find((o) => o.operationId === operationId)
    if (!op) throw new Error(`operation ${operationId} is not in openapi-subset.json`)
    return op
  }

  /**
   * The operation a METHOD + raw path (before `?`) belongs to, with its decoded path parameters.
   * A parameter matches one segment; `ref` and `tag` as the last segment take the rest of the
   * path too, since git refs and tags contain `/` (Octokit sends them as %2F, curl may not).
   */
  route(method: string, rawPath: string): Routed | null {
    const parts = rawPath.split('/').slice(1)
    let best: Routed | null = null
    let bestLiterals = -1
    for (const op of this.operations) {
      if (op.method !== method) continue
      const params: Record<string, string> = {}
      let ok = true
      let literals = 0
      for (let i = 0; i < op.segments.length && ok; i++) {
        const seg = op.segments[i]!
        const last = i === op.segments.length - 1
        const m = /^\{(.+)\}$/.exec(seg)
        if (!m) {
          ok = parts[i] === seg
          literals++
          continue
        }
        const greedy = last && (m[1] === 'ref' || m[1] === 'tag')
        const raw = greedy ? parts.slice(i).join('/') : parts[i]
        if (raw === undefined || raw === '') ok = false
        else {
          try {
            params[m[1]!] = decodeURIComponent(raw)
          } catch {
            ok = false
          }
        }
        if (greedy) break
      }
      const lastSeg = op.segments[op.segments.length - 1]!
      const greedyEnd = /^\{(ref|tag)\}$/.test(lastSeg)
      if (ok && !greedyEnd && parts.length !== op.segments.length) ok = false
      if (ok && greedyEnd && parts.length < op.segments.length) ok = false
      if (ok && literals > bestLiterals) {
        best = { op, params }
        bestLiterals = literals
      }
    }
    return best
  }

  private validator(schema: Obj, params = false): ValidateFunction {
    const have = this.cache.get(schema)
    if (have) return have
    const v = (params ? this.ajvParams : this.ajv).compile(rewriteRefs(schema) as object)
    this.cache.set(schema, v)
    return v
  }

  /** Whether the operation takes a raw body (an asset upload) rather than JSON. */
  rawBody(op: Operation): boolean {
    return !!op.requestBody && !op.requestBody.content['application/json'] && !!op.requestBody.content['application/octet-stream']
  }

  /**
   * Path parameters, query and body of a request against its operation (a raw body is checked for
   * presence only). Returns the violations (empty: valid) and the coerced parameters and query.
   */
  checkRequest(
    routed: Routed,
    query: URLSearchParams,
    body: unknown,
    hasBody: boolean
  ): { problems: string[]; params: Record<string, unknown>; query: Record<string, unknown> } {
    const { op } = routed
    const problems: string[] = []
    const group = (where: 'path' | 'query', values: Record<string, string>) => {
      const declared = op.parameters.filter((p) => p.in === where)
      const schema: Obj = {
        type: 'object',
        properties: Object.fromEntries(declared.map((p) => [p.name, p.schema])),
        required: declared.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false
      }
      const data: Record<string, unknown> = { ...values }
      const v = this.validator(this.memo(`${op.operationId}:${where}`, schema), true)
      if (!v(data)) problems.push(`${where}: ${describe(v.errors)}`)
      return data
    }
    const params = group('path', routed.params)
    const q: Record<string, string> = {}
    for (const [k, v] of query) {
      if (Object.hasOwn(q, k)) problems.push(`query: ${k} given twice`)
      q[k] = v
    }
    const coercedQuery = group('query', q)
    const rb = op.requestBody
    if (!rb) {
      if (hasBody) problems.push('body: the operation takes no request body')
    } else if (!hasBody) {
      if (rb.required) problems.push('body: the operation requires a request body')
    } else if (!this.rawBody(op)) {
      const schema = rb.content['application/json']?.schema
      if (!schema) problems.push('body: the operation takes no application/json body')
      else {
        const v = this.validator(schema)
        if (!v(body)) problems.push(`body: ${describe(v.errors)}`)
      }
    }
    return { problems, params, query: coercedQuery }
  }

  /** A response (status, JSON body or none) against the operation's documented responses. */
  checkResponse(op: Operation, status: number, body: unknown, hasBody: boolean, contentType: string | undefined): string[] {
    const r = op.responses[String(status)] ?? op.responses.default
    if (!r) return [`response: status ${status} is not documented for ${op.operationId} (documented: ${Object.keys(op.responses).join(', ')})`]
    const content = r.content
    if (!content || Object.keys(content).length === 0) return hasBody ? [`response: status ${status} of ${op.operationId} has no content, but a body was sent`] : []
    if (!hasBody) return [`response: status ${status} of ${op.operationId} must have a body`]
    const type = (contentType ?? '').split(';')[0]!.trim()
    const media = content[type]
    if (!media) return [`response: content type '${type}' is not documented for status ${status} of ${op.operationId}`]
    const v = this.validator(media.schema)
    return v(body) ? [] : [`response ${status}: ${describe(v.errors)}`]
  }

  /** The same schema object per key, so compiled validators are cached. */
  private readonly memos = new Map<string, Obj>()
  private memo(key: string, schema: Obj): Obj {
    const have = this.memos.get(key)
    if (have) return have
    this.memos.set(key, schema)
    return schema
  }
}

/** `#/components/schemas/X` → `gh#/definitions/X`: every schema reference goes through the one registered document. */
function rewriteRefs(v: Json | Obj): Json {
  if (Array.isArray(v)) return v.map(rewriteRefs)
  if (v === null || typeof v !== 'object') return v
  const out: Obj = {}
  for (const [k, c] of Object.entries(v)) {
    out[k] = k === '$ref' && typeof c === 'string' && c.startsWith('#/components/schemas/') ? `gh#/definitions/${c.slice('#/components/schemas/'.length)}` : rewriteRefs(c)
  }
  return out
}
