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

type Parse = (v: unknown) => unknown

const parsers = new WeakMap<Shape, Parse>()

/** `schema.parse(value)` for a described schema, or NO (invalid, an unknown key, or not covered). */
export function fastParse(s: Shape, v: unknown): unknown {
  return parserOf(s)(v)
}

/**
 * Each described schema becomes a function once (kept per Shape object): no dispatch on the kind
 * or walk over the description per value. An object's function is generated code with its key
 * names as literals, so the engine reads and writes them as plain properties (a shared walker
 * saw every key of every format at one site). What each function returns is exactly what the
 * description says (see the `Shape` kinds above; fast-shape.test.ts holds it against zod).
 */
function parserOf(s: Shape): Parse {
  let p = parsers.get(s)
  if (p === undefined) parsers.set(s, (p = build(s)))
  return p
}

function build(s: Shape): Parse {
  switch (s.t) {
    case 's': {
      // zod's regex check: `pattern.test(value)` from the start of the string (lastIndex 0).
      const res = (s.re ?? []).map(([source, flags]) => new RegExp(source, flags))
      const prefix = s.prefix ?? []
      // The usual string schema checks nothing more: no loop over empty lists per value.
      if (!res.length && !prefix.length && s.min === undefined && s.max === undefined && s.len === undefined) return (v) => (typeof v === 'string' ? v : NO)
      return (v) => {
        if (typeof v !== 'string' || !lengthOk(v.length, s)) return NO
        for (let i = 0; i < prefix.length; i++) if (!v.startsWith(prefix[i]!)) return NO
        for (let i = 0; i < res.length; i++) {
          const re = res[i]!
          re.lastIndex = 0
          if (!re.test(v)) return NO
        }
        return v
      }
    }
    case 'b':
      return (v) => (typeof v === 'boolean' ? v : NO)
    case 'n':
      return (v) => {
        if (typeof v !== 'number' || !Number.isFinite(v) || (s.int && !Number.isSafeInteger(v))) return NO
        if (s.gt && (s.gt[1] ? v < s.gt[0] : v <= s.gt[0])) return NO
        if (s.lt && (s.lt[1] ? v > s.lt[0] : v >= s.lt[0])) return NO
        return v
      }
    case 'e':
      return (v) => ((typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && s.v.includes(v) ? v : NO)
    case 'a': {
      const element = parserOf(s.e)
      return (v) => {
        if (!Array.isArray(v) || !lengthOk(v.length, s)) return NO
        const out = new Array<unknown>(v.length)
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i])
          if (r === NO) return NO
          out[i] = r
        }
        return out
      }
    }
    case 'o':
      return objectParser(s)
    case 'r': {
      const value = parserOf(s.v)
      const keys = s.keys
      return (v) => {
        if (!isTable(v)) return NO
        const out: Record<string, unknown> = {}
        const own = Object.keys(v)
        for (let i = 0; i < own.length; i++) {
          const key = own[i]!
          if (key === '__proto__' || (keys && !keys.includes(key))) return NO
          const r = value(v[key])
          if (r === NO) return NO
          out[key] = r
        }
        return out
      }
    }
    case 'u': {
      const options = s.o.map(parserOf)
      return (v) => {
        for (let i = 0; i < options.length; i++) {
          const r = options[i]!(v)
          if (r !== NO) return r
        }
        return NO
      }
    }
    case '?': {
      const inner = parserOf(s.i)
      return s.d ? inner : (v) => (v === undefined ? undefined : inner(v))
    }
    case 'null': {
      const inner = parserOf(s.i)
      return (v) => (v === null ? null : inner(v))
    }
    case 'default': {
      const inner = parserOf(s.i)
      const dflt = freshOf(s.v)
      return (v) => {
        if (v === undefined) return dflt()
        const r = inner(v)
        return r === undefined ? dflt() : r
      }
    }
    case 'prefault': {
      const inner = parserOf(s.i)
      const dflt = freshOf(s.v)
      return (v) => inner(v === undefined ? dflt() : v)
    }
    default:
      return () => NO
  }
}

/** A maker of fresh copies of a default (JSON data), so no two results share it. */
function freshOf(v: unknown): () => unknown {
  if (Array.isArray(v) && v.length === 0) return () => []
  if (isTable(v) && Object.keys(v).length === 0) return () => ({})
  return () => fresh(v)
}

/**
 * zod's object parse on the success path, per key in the schema's order: a present key's value
 * must parse; an absent one is skipped when optional on both sides, takes its default when it
 * has one, and is a finding when required. Then unknown keys: zod drops them (or keeps them,
 * loose) and the caller warns: NO leaves both to zod (loose: kept as they are).
 */
function objectParser(s: Extract<Shape, { t: 'o' }>): Parse {
  const lines: string[] = ['if (!isTable(v)) return NO', 'const out = {}', 'let known = 0', 'let r']
  for (let i = 0; i < s.k.length; i++) {
    const [key, , optin, optout] = s.k[i]!
    const k = JSON.stringify(key)
    lines.push(`if (Object.hasOwn(v, ${k})) {`, `  known++`, `  r = P[${i}](v[${k}])`, `  if (r === NO) return NO`, `  out[${k}] = r`, `}`)
    if (optin === 'optional' && optout === 'optional') continue
    lines.push(`else {`, `  r = P[${i}](undefined)`)
    lines.push(optin !== null && optout === 'optional' ? `  if (r !== NO) {` : `  if (r === NO) return NO
  {`)
    if (optin === null) lines.push(`    return NO`)
    else lines.push(optin === 'defaulted' && optout !== 'optional' ? `    out[${k}] = r` : `    if (r !== undefined) out[${k}] = r`)
    lines.push(`  }`, `}`)
  }
  lines.push('const keys = Object.keys(v)', 'if (keys.length !== known) {')
  if (!s.loose) lines.push('  return NO')
  else lines.push('  for (const key of keys) {', "    if (key === '__proto__') return NO", '    if (!KNOWN.has(key)) out[key] = v[key]', '  }')
  lines.push('}', 'return out')
  const make = new Function('NO', 'isTable', 'P', 'KNOWN', `return function parseObject(v) {\n${lines.join('\n')}\n}`) as (...args: unknown[]) => Parse
  return make(
    NO,
    isTable,
    s.k.map(([, sub]) => parserOf(sub)),
    new Set(s.k.map(([key]) => key))
  )
}
