/**
 * A parsed TOML table as JSON text and back, exactly: what `decodeToml(encodeToml(t))` gives is
 * indistinguishable from `t` as smol-toml built it (for the persistent parse cache,
 * adapters/fs/toml-store.ts).
 *
 * Every container is a JSON array whose first element says what it is, a layout JSON.parse reads
 * faster than objects (no hidden-class work per key) and that never mixes data with markers:
 * - `[0, key, value, key, value, …]` a table: rebuilt as a null-prototype object, keys in the same
 *   order (integer-like keys enumerate first in both, as JavaScript orders them; `__proto__` and
 *   `constructor` are plain own keys of a null-prototype object);
 * - `[1, value, …]` an array;
 * - `[2, kind, payload]` what JSON cannot say: `n` bigint (decimal), `z` −0, `N` NaN, `I` +Infinity,
 *   `i` −Infinity, and TOML dates by their time value: `O` offset date-time (payload
 *   `[offset, ms]`, offset `Z` or `±hh:mm` as authored), `L` local date-time, `D` local date, `T`
 *   local time, rebuilt with smol-toml's own TomlDate constructors;
 * - strings, finite numbers and booleans as themselves (JSON.stringify writes lone surrogates as
 *   `\udXXX` escapes, which JSON.parse reads back).
 */
import { TomlDate } from 'smol-toml'
import type { TomlTable, TomlValue } from './toml.js'

export function encodeToml(table: TomlTable): string {
  return JSON.stringify(encodeValue(table))
}

/** Throws (SyntaxError or RangeError) for text that encodeToml did not write; the caller treats that as a miss. */
export function decodeToml(json: string): TomlTable {
  const root: unknown = JSON.parse(json)
  if (!Array.isArray(root) || root[0] !== 0) throw new SyntaxError('not a table')
  return reviveValue(root) as TomlTable
}

type Encoded = string | number | boolean | Encoded[]

function encodeValue(v: TomlValue): Encoded {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v
    case 'number':
      if (Number.isFinite(v)) return Object.is(v, -0) ? [2, 'z', 0] : v
      return [2, v !== v ? 'N' : v > 0 ? 'I' : 'i', 0]
    case 'bigint':
      return [2, 'n', v.toString()]
  }
  if (Array.isArray(v)) {
    const out: Encoded[] = [1]
    for (const item of v) out.push(encodeValue(item))
    return out
  }
  if (v instanceof TomlDate) return encodeDate(v)
  if (v instanceof Date) throw new TypeError('a Date that is not a TomlDate')
  const out: Encoded[] = [0]
  for (const k in v) out.push(k, encodeValue(v[k]!))
  return out
}

function encodeDate(d: TomlDate): Encoded {
  const ms = d.getTime()
  if (d.isDate()) return [2, 'D', ms]
  if (d.isTime()) return [2, 'T', ms]
  if (d.isLocal()) return [2, 'L', ms]
  const iso = d.toISOString()
  return [2, 'O', [1, iso.endsWith('Z') ? 'Z' : iso.slice(-6), ms]]
}

function reviveValue(v: unknown): TomlValue {
  if (typeof v !== 'object') {
    if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v
    throw new SyntaxError('not a TOML value')
  }
  if (!Array.isArray(v)) throw new SyntaxError('not a TOML value')
  switch (v[0]) {
    case 0: {
      if (v.length % 2 !== 1) throw new SyntaxError('odd table')
      const t = Object.create(null) as TomlTable
      for (let i = 1; i < v.length; i += 2) {
        const k: unknown = v[i]
        if (typeof k !== 'string') throw new SyntaxError('key not a string')
        t[k] = reviveValue(v[i + 1])
      }
      return t
    }
    case 1: {
      const a: TomlValue[] = new Array(v.length - 1)
      for (let i = 1; i < v.length; i++) a[i - 1] = reviveValue(v[i])
      return a
    }
    case 2:
      return reviveSpecial(v[1], v[2])
  }
  throw new SyntaxError('unknown container')
}

function reviveSpecial(kind: unknown, payload: unknown): TomlValue {
  switch (kind) {
    case 'n':
      if (typeof payload === 'string' && /^-?\d+$/.test(payload)) return BigInt(payload)
      break
    case 'z':
      return -0
    case 'N':
      return NaN
    case 'I':
      return Infinity
    case 'i':
      return -Infinity
    case 'D':
      return TomlDate.wrapAsLocalDate(time(payload))
    case 'T':
      return TomlDate.wrapAsLocalTime(time(payload))
    case 'L':
      return TomlDate.wrapAsLocalDateTime(time(payload))
    case 'O':
      if (Array.isArray(payload) && typeof payload[1] === 'string' && /^(?:Z|[+-]\d\d:\d\d)$/.test(payload[1])) {
        return TomlDate.wrapAsOffsetDateTime(time(payload[2]), payload[1])
      }
  }
  throw new SyntaxError('unknown special value')
}

function time(ms: unknown): Date {
  const d = new Date(typeof ms === 'number' ? ms : NaN)
  if (Number.isNaN(d.getTime())) throw new RangeError('invalid date')
  return d
}
