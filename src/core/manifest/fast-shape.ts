/**
 * The happy path of a zod schema without zod: `fastParse` walks a plain-data description of the
 * schema (shapes.generated.ts, written by `npm run shapes` from the zod schemas, which stay the
 * single definition of each format) and returns what `schema.parse(data)` would, or NO when it is
 * not sure: on any finding (invalid value, unknown key) and on any construct the description does
 * not cover, the caller falls back to the zod schema, which words the findings. Loading zod costs
 * more than a bare Node start; a valid file never needs it.
 */

/** A schema described as data. `x`: not covered (always NO). */
export type Shape =
  | { t: 'x' }
  /** String; `re`: [source, flags] of each `.regex()` check, all of which must match. */
  | { t: 's'; min?: number; max?: number; len?: number; prefix?: string[]; re?: Array<[string, string]> }
  | { t: 'b' }
  | { t: 'n'; int?: true; gt?: [number, boolean]; lt?: [number, boolean] }
  | { t: 'e'; v: Array<string | number | boolean> }
  | { t: 'a'; e: Shape; min?: number; max?: number; len?: number }
  /** Object: per key [name, shape, optin, optout]; `loose`: unknown keys are kept as they are (else they are findings). */
  | { t: 'o'; k: Array<[string, Shape, 'optional' | 'defaulted' | null, 'optional' | null]>; loose?: true }
  /** Record of string keys; `keys`: only these (a partial record keyed by an enum). */
  | { t: 'r'; v: Shape; keys?: string[] }
  | { t: 'u'; o: Shape[] }
  /** optional(inner); `d`: the inner schema substitutes a value for absence. */
  | { t: '?'; i: Shape; d?: true }
  | { t: 'null'; i: Shape }
  | { t: 'default'; i: Shape; v: unknown }
  | { t: 'prefault'; i: Shape; v: unknown }

export const NO: unique symbol = Symbol('no')

/** A plain object (of any realm: jest runs tests in a vm context), not a Date or another class. */
const isTable = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v) as object | null
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** A fresh copy of a default (JSON data), so no two results share it. */
function fresh(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fresh)
  if (typeof v !== 'object' || v === null) return v
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = fresh((v as Record<string, unknown>)[k])
  return out
}

function lengthOk(n: number, s: { min?: number; max?: number; len?: number }): boolean {
  return (s.min === undefined || n >= s.min) && (s.max === undefined || n <= s.max) && (s.len === undefined || n === s.len)
}

const compiled = new Map<string, RegExp>()

/** zod's regex check: `pattern.test(value)` from the start of the string (lastIndex 0). */
function matches([source, flags]: [string, string], v: string): boolean {
  const key = `${flags}/${source}`
  let re = compiled.get(key)
  if (!re) compiled.set(key, (re = new RegExp(source, flags)))
  re.lastIndex = 0
  return re.test(v)
}

/** `schema.parse(value)` for a described schema, or NO (invalid, an unknown key, or not covered). */
export function fastParse(s: Shape, v: unknown): unknown {
  switch (s.t) {
    case 's':
      return typeof v === 'string' && lengthOk(v.length, s) && (!s.prefix || s.prefix.every((p) => v.startsWith(p))) && (!s.re || s.re.every((r) => matches(r, v))) ? v : NO
    case 'b':
      return typeof v === 'boolean' ? v : NO
    case 'n':
      if (typeof v !== 'number' || !Number.isFinite(v) || (s.int && !Number.isSafeInteger(v))) return NO
      if (s.gt && (s.gt[1] ? v < s.gt[0] : v <= s.gt[0])) return NO
      if (s.lt && (s.lt[1] ? v > s.lt[0] : v >= s.lt[0])) return NO
      return v
    case 'e':
      return (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && s.v.includes(v) ? v : NO
    case 'a': {
      if (!Array.isArray(v) || !lengthOk(v.length, s)) return NO
      const out = new Array<unknown>(v.length)
      for (let i = 0; i < v.length; i++) {
        const r = fastParse(s.e, v[i])
        if (r === NO) return NO
        out[i] = r
      }
      return out
    }
    case 'o': {
      if (!isTable(v)) return NO
      const out: Record<string, unknown> = {}
      let known = 0
      for (const [key, sub, optin, optout] of s.k) {
        const present = Object.hasOwn(v, key)
        if (present) known++
        // zod's handlePropertyResult, on the success path: an absent optional key contributes nothing.
        if (!present && optout === 'optional' && optin === 'optional') continue
        const r = fastParse(sub, present ? v[key] : undefined)
        if (r === NO) {
          if (optin !== null && optout === 'optional' && !present) continue
          return NO
        }
        if (!present && optin === null) return NO
        if (r !== undefined || present || (optin === 'defaulted' && optout !== 'optional')) out[key] = r
      }
      const keys = Object.keys(v)
      if (keys.length !== known) {
        // An unknown key: zod drops it (or keeps it, loose) and the caller warns: leave both to zod.
        if (!s.loose) return NO
        for (const key of keys) {
          if (key === '__proto__') return NO
          if (!s.k.some(([k]) => k === key)) out[key] = v[key]
        }
      }
      return out
    }
    case 'r': {
      if (!isTable(v)) return NO
      const out: Record<string, unknown> = {}
      for (const key of Object.keys(v)) {
        if (key === '__proto__' || (s.keys && !s.keys.includes(key))) return NO
        const r = fastParse(s.v, v[key])
        if (r === NO) return NO
        out[key] = r
      }
      return out
    }
    case 'u':
      for (const o of s.o) {
        const r = fastParse(o, v)
        if (r !== NO) return r
      }
      return NO
    case '?':
      return v === undefined && !s.d ? undefined : fastParse(s.i, v)
    case 'null':
      return v === null ? null : fastParse(s.i, v)
    case 'default': {
      if (v === undefined) return fresh(s.v)
      const r = fastParse(s.i, v)
      return r === undefined ? fresh(s.v) : r
    }
    case 'prefault':
      return fastParse(s.i, v === undefined ? fresh(s.v) : v)
    default:
      return NO
  }
}
