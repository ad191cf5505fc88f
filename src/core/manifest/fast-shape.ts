/**
 * The happy path of a zod schema without zod. `npm run shapes` (scripts/shapes.mjs) describes each
 * zod schema as a Shape (plain data; the zod schemas stay the single definition of each format)
 * and writes from it a parser in code (shapes.generated.ts) that returns what `schema.parse(data)`
 * would, or NO when it is not sure: on any finding (invalid value, unknown key) and on any
 * construct the description does not cover, the caller falls back to the zod schema, which words
 * the findings. Loading zod costs more than a bare Node start; a valid file never needs it.
 * Written at build time, the parsers are code like any other: in the CLI's code cache, never
 * assembled at run time. This module holds the Shape format and what the parsers share.
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
export const isTable = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v) as object | null
  return proto === null || Object.getPrototypeOf(proto) === null
}

/** A fresh copy of a default (JSON data), so no two results share it. */
export function fresh(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fresh)
  if (typeof v !== 'object' || v === null) return v
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = fresh((v as Record<string, unknown>)[k])
  return out
}

/**
 * A schema's generated happy path (shapes.generated.ts): what `schema.parse(v)` returns, or NO
 * (invalid, an unknown key, or not covered).
 */
export type FastParse = (v: unknown) => unknown
