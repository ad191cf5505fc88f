/**
 * Canonical JSON (RFC 8785, JCS) of a parsed TOML value — the input of manifest_hash.
 *
 * - Tables become objects whose keys are sorted by UTF-16 code units; arrays stay arrays.
 * - Strings are escaped exactly as JCS requires. `JSON.stringify` of a string is that
 *   serialization (ES2019 well-formed stringify: lone surrogates become `\udXXX`), so the output
 *   is always valid UTF-16 and encodes to UTF-8 without replacement characters.
 * - Numbers use the ES Number-to-string rules (JCS): `1.0` and `1` are both `1`, `-0.0` is `0`.
 * - Integers outside the IEEE-754 safe range arrive as `bigint` and are written as their exact
 *   decimal digits. JCS cannot represent them; this is a documented deviation.
 * - TOML date-times, dates and times are RFC 3339 strings as smol-toml's `TomlDate.toISOString`
 *   prints them (see the note below).
 * - TOML `nan` / `inf` have no JSON form: a DiagnosticError with rule `invalid-value`.
 *
 * The walk is iterative (an explicit stack), so document depth never touches the call stack —
 * important because smol-toml's `maxDepth` does not bound dotted keys or `[a.b.c…]` headers.
 * The output is built in one pass into an array of pieces joined once at the end.
 *
 * Note on dates: `TomlDate.toISOString` keeps the *kind* of value (offset date-time with its
 * authored offset, local date-time, local date, local time) but normalizes its spelling:
 * fractional seconds are always three digits (truncated to milliseconds, `07:32` → `07:32:00.000`),
 * `z` → `Z` and a space delimiter → `T`. Equivalent spellings therefore hash alike.
 */
import { diagnostic, DiagnosticError } from '../diagnostics/diagnostic.js'
import { isTable, type TomlTable, type TomlValue } from '../manifest/toml.js'

/** Default `file` of diagnostics raised while serializing a value that has no file name. */
const NO_FILE = '<document>'

/**
 * Returns the RFC 8785 canonical JSON of `value`. `file` only labels diagnostics.
 * Throws DiagnosticError (rule `invalid-value`) for nan/inf, invalid dates and non-TOML values.
 */
export function canonicalJson(value: TomlValue, file: string = NO_FILE): string {
  const sorted = sortedForStringify(value, 0)
  if (sorted !== SLOW) return JSON.stringify(sorted)
  const first = containerOrScalar(value, value, file)
  if (typeof first === 'string') return first
  const out: string[] = []
  // One frame per open container: its (sorted) keys for a table, and the next child to write.
  const frames: Frame[] = [open(first, out)]
  while (frames.length > 0) {
    const f = frames[frames.length - 1]!
    let child: Container | null = null
    while (f.next < f.size && child === null) {
      const i = f.next++
      const sep = i > 0 ? ',' : ''
      let v: TomlValue
      if (f.keys === null) {
        if (sep) out.push(sep)
        v = (f.container as TomlValue[])[i] as TomlValue
      } else {
        const key = f.keys[i]!
        out.push(sep + JSON.stringify(key) + ':')
        v = (f.container as TomlTable)[key] as TomlValue
      }
      const c = containerOrScalar(v, value, file)
      if (typeof c === 'string') out.push(c)
      else child = c
    }
    if (child !== null) frames.push(open(child, out))
    else {
      out.push(f.keys === null ? ']' : '}')
      frames.pop()
    }
  }
  return out.join('')
}

type Container = TomlValue[] | TomlTable

const SLOW: unique symbol = Symbol('slow')

/**
 * The fast path: `value` with every table's keys in JCS order (a table already in order, and an
 * array none of whose elements changed, is itself), so that the engine's JSON.stringify writes
 * the canonical form in one native pass — its strings, numbers and key order are then exactly
 * JCS's. SLOW for anything it would write differently or that needs a finding: bigint, nan/inf,
 * dates, keys that are array indices (an engine enumerates those first, in numeric order),
 * `__proto__`, values that are not TOML, nesting beyond MAX_FAST_DEPTH (this walk recurses).
 * The walk below handles those.
 */
function sortedForStringify(v: TomlValue, depth: number): TomlValue | typeof SLOW {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v
    case 'number':
      return Number.isFinite(v) ? v : SLOW
    case 'object':
      break
    default:
      return SLOW
  }
  if (depth > MAX_FAST_DEPTH || typeof (v as { toJSON?: unknown }).toJSON === 'function') return SLOW
  if (Array.isArray(v)) {
    let copy: TomlValue[] | null = null
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!
      const y = sortedForStringify(x, depth + 1)
      if (y === SLOW) return SLOW
      if (y !== x) (copy ??= v.slice())[i] = y
    }
    return copy ?? v
  }
  if (!isTable(v)) return SLOW
  const keys = Object.keys(v)
  let ordered = true
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!
    const c = k.charCodeAt(0)
    if ((c >= 48 && c <= 57) || k === '__proto__') return SLOW
    if (i > 0 && keys[i - 1]! > k) ordered = false
  }
  if (!ordered) keys.sort()
  let copy: TomlTable | null = ordered ? null : {}
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!
    const x = v[k]!
    const y = sortedForStringify(x, depth + 1)
    if (y === SLOW) return SLOW
    if (copy === null && y !== x) {
      copy = {}
      for (let j = 0; j < i; j++) copy[keys[j]!] = v[keys[j]!]!
    }
    if (copy !== null) copy[k] = y
  }
  return copy ?? v
}

/** Beyond this depth the fast path hands over to the iterative walk (no deep recursion). */
const MAX_FAST_DEPTH = 200

interface Frame {
  container: Container
  /** Sorted keys of a table; null for an array. */
  keys: string[] | null
  size: number
  next: number
}

function open(container: Container, out: string[]): Frame {
  if (Array.isArray(container)) {
    out.push('[')
    return { container, keys: null, size: container.length, next: 0 }
  }
  out.push('{')
  // Default sort compares UTF-16 code units, which is exactly the JCS order.
  const keys = Object.keys(container).sort()
  return { container, keys, size: keys.length, next: 0 }
}

/** A container is returned as is (to be walked); anything else is serialized right away. */
function containerOrScalar(v: TomlValue, root: TomlValue, file: string): string | Container {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v)
    case 'number':
      if (Number.isFinite(v)) return JSON.stringify(v)
      throw notHashable(root, file, 'TOML nan/inf has no JSON form', 'Use a finite number (or a string such as "inf").')
    case 'bigint':
      return v.toString()
    case 'boolean':
      return v ? 'true' : 'false'
    case 'object':
      if (v instanceof Date) return JSON.stringify(dateText(v, root, file))
      if (Array.isArray(v)) return v
      if (isTable(v)) return v
      break
  }
  throw notHashable(root, file, 'it is not a TOML value', 'Only parsed TOML documents can be hashed.')
}

function dateText(d: Date, root: TomlValue, file: string): string {
  if (!Number.isNaN(d.getTime())) {
    try {
      return d.toISOString()
    } catch {
      // fall through: an out-of-range date has no RFC 3339 form
    }
  }
  throw notHashable(root, file, 'the date is invalid', 'Write a valid RFC 3339 date or time.')
}

/** Builds the diagnostic, locating the first offending value (a second walk, only on failure). */
function notHashable(root: TomlValue, file: string, why: string, hint: string): DiagnosticError {
  const path = findUnhashable(root)
  const where = path === null ? 'a value' : path.length === 0 ? 'the document' : formatPath(path)
  return new DiagnosticError([diagnostic('error', 'invalid-value', file, null, `${where} cannot be hashed: ${why}`, hint)])
}

function isUnhashableLeaf(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v)
  if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean') return false
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return true
    try {
      v.toISOString()
      return false
    } catch {
      return true
    }
  }
  return !Array.isArray(v) && !isTable(v)
}

function findUnhashable(root: TomlValue): string[] | null {
  const stack: Array<[unknown, string[]]> = [[root, []]]
  while (stack.length > 0) {
    const [v, p] = stack.pop()!
    if (isUnhashableLeaf(v)) return p
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...p, String(i)]]))
    else if (isTable(v)) for (const k of Object.keys(v)) stack.push([v[k], [...p, k]])
  }
  return null
}

/** `a.b."c d".0` — bare keys as is, others quoted like TOML basic strings (display only). */
export function formatPath(path: readonly string[]): string {
  return path.map(formatKey).join('.')
}

export function formatKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key)
}
