/**
 * Checks a parsed TOML document against a zod schema and turns every finding into a located
 * Diagnostic: type and enum errors (errors), unknown keys (warnings with "did you mean").
 */
import type { z } from 'zod'
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import type { KeyPath } from './locate.js'
import { isTable, type TomlValue } from './toml.js'
import type { TomlDocument } from './document.js'
import { NO } from './fast-shape.js'
import { zodSchema, type LazySchema } from './zod-registry.js'

export interface ShapeResult<T> {
  data: T | null
  diagnostics: Diagnostic[]
}

/** Lets a format word one finding its own way (a rule id and message of its own); null keeps the default. */
export type IssueOverride = (path: KeyPath, value: TomlValue | undefined, loc: Location | null) => Diagnostic | null

/**
 * A LazySchema is checked by its generated parser first: a document it accepts (no finding, no
 * unknown key) never loads zod; anything else goes to the zod schema, which words the findings.
 */
export function checkShape<T>(schema: LazySchema<T>, doc: TomlDocument, override?: IssueOverride): ShapeResult<T>
export function checkShape<S extends z.ZodType>(schema: S, doc: TomlDocument, override?: IssueOverride): ShapeResult<z.output<S>>
export function checkShape(lazy: z.ZodType | LazySchema<unknown>, doc: TomlDocument, override?: IssueOverride): ShapeResult<unknown> {
  let schema: z.ZodType
  if (isLazy(lazy)) {
    const fast = lazy.fast(doc.data)
    if (fast !== NO) return { data: fast, diagnostics: [] }
    schema = zodSchema(lazy.name)
  } else schema = lazy
  const diagnostics: Diagnostic[] = unknownKeys(schema, doc)
  const parsed = schema.safeParse(doc.data)
  if (parsed.success) return { data: parsed.data, diagnostics }
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    diagnostics.push(override?.(path, valueAt(doc.data, path), locate(doc, path)) ?? issueDiagnostic(issue, path, doc))
  }
  return { data: null, diagnostics }
}

const isLazy = (s: z.ZodType | LazySchema<unknown>): s is LazySchema<unknown> => !('_zod' in s)

function issueDiagnostic(issue: z.core.$ZodIssue, path: KeyPath, doc: TomlDocument): Diagnostic {
  const where = formatPath(path)
  const value = valueAt(doc.data, path)
  const loc = locate(doc, path)
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return diagnostic('error', 'missing-field', doc.file, loc, `missing required key \`${where}\``, `Add \`${lastKey(path)} = …\` (see the JSON Schema in schema/ for the expected type).`)
  }
  if (issue.code === 'invalid_type') {
    return diagnostic('error', 'invalid-type', doc.file, loc, `\`${where}\` must be ${article(issue.expected)}, found ${tomlType(value)}`, `Write ${article(issue.expected)} here.`)
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(' | ')
    return diagnostic('error', 'invalid-value', doc.file, loc, `\`${where}\` must be one of ${allowed}, found ${show(value)}`, `Use one of ${allowed}.`)
  }
  return diagnostic('error', 'invalid-value', doc.file, loc, `\`${where}\`: ${issue.message}`, null)
}

/** Location of `path` in the document, falling back to the nearest located ancestor. */
export function locate(doc: TomlDocument, path: KeyPath): Location | null {
  return doc.keys.get(path) ?? doc.keys.nearest(path) ?? null
}

/** Walks the schema alongside the data and reports keys the schema does not define. */
function unknownKeys(schema: z.ZodType, doc: TomlDocument): Diagnostic[] {
  const out: Diagnostic[] = []
  // A node is [schema, value, key, parent]: paths are rebuilt only for findings.
  type Node = [z.ZodType, TomlValue, string | number | null, Node | null]
  const pathOf = (n: Node | null, last: string): Array<string | number> => {
    const p: Array<string | number> = [last]
    for (let c = n; c && c[2] !== null; c = c[3]) p.unshift(c[2])
    return p
  }
  const stack: Node[] = [[schema, doc.data, null, null]]
  while (stack.length) {
    const node = stack.pop()!
    const [s, v] = node
    const def = unwrap(s)._zod.def as unknown as Def
    if (def.type === 'object' && isTable(v)) {
      const shape = def.shape ?? {}
      for (const key in v) {
        const sub = shape[key]
        if (sub) stack.push([sub, v[key]!, key, node])
        else if (!def.catchall) {
          const path = pathOf(node, key)
          const near = suggest(key, Object.keys(shape))
          out.push(
            diagnostic('warning', 'unknown-key', doc.file, locate(doc, path), `unknown key \`${formatPath(path)}\`${near ? ` (did you mean \`${near}\`?)` : ''}; it is ignored`, near ? `Rename it to \`${near}\`.` : `Known keys here: ${Object.keys(shape).join(', ')}.`)
          )
        }
      }
    } else if (def.type === 'record' && isTable(v) && def.valueType) {
      for (const key in v) stack.push([def.valueType, v[key]!, key, node])
    } else if (def.type === 'array' && Array.isArray(v) && def.element) {
      for (let i = 0; i < v.length; i++) stack.push([def.element, v[i]!, i, node])
    }
  }
  return out
}

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  valueType?: z.ZodType
  element?: z.ZodType
  innerType?: z.ZodType
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s
  for (;;) {
    const def = cur._zod.def as unknown as Def
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) cur = def.innerType
    else return cur
  }
}

/** The closest candidate within edit distance 2 (or a case-insensitive / prefix match). */
export function suggest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null
  let bestD = 3
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : distance(word, c)
    if (d < bestD) {
      best = c
      bestD = d
    }
  }
  return best
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]!
}

export function formatPath(path: KeyPath): string {
  let out = ''
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`
    else out += (out ? '.' : '') + (/^[A-Za-z0-9_-]+$/.test(p) ? p : JSON.stringify(p))
  }
  return out
}

function lastKey(path: KeyPath): string {
  const k = [...path].reverse().find((p) => typeof p === 'string')
  return typeof k === 'string' ? k : 'key'
}

export function valueAt(data: TomlValue, path: KeyPath): TomlValue | undefined {
  let cur: TomlValue | undefined = data
  for (const p of path) {
    if (cur === undefined) return undefined
    if (typeof p === 'number') cur = Array.isArray(cur) ? cur[p] : undefined
    else cur = isTable(cur) && Object.hasOwn(cur, p) ? cur[p] : undefined
  }
  return cur
}

export function tomlType(v: TomlValue | undefined): string {
  if (v === undefined) return 'nothing'
  if (typeof v === 'string') return `a string (${show(v)})`
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return `an integer (${String(v)})`
  if (typeof v === 'number') return `a float (${v})`
  if (typeof v === 'boolean') return `a boolean (${v})`
  if (v instanceof Date) return 'a date-time'
  if (Array.isArray(v)) return 'an array'
  return 'a table'
}

function show(v: TomlValue | undefined): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v)
  return v === undefined ? 'nothing' : tomlType(v)
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'a string', number: 'a number', int: 'an integer', boolean: 'a boolean', array: 'an array', object: 'a table', record: 'a table', date: 'a date-time' }
  return names[expected] ?? expected
}
