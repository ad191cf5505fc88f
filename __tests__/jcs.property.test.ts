/**
 * canonicalJson on parsed values directly (hash.property.test.ts goes through TOML text): tables
 * with keys JavaScript enumerates out of insertion order (integer-like keys: "10", "2", "0",
 * "4294967294"), arrays of tables, -0, 1e21, integers beyond 2^53 as bigint, lone surrogates and
 * dates — against an oracle written here (code-unit key order, JSON.stringify per scalar). Both
 * of canonicalJson's paths are taken: the native one for plain values, the walk for the rest.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { canonicalJson } from '../src/core/hash/jcs.js'
import type { TomlValue } from '../src/core/manifest/toml.js'

function oracle(v: unknown): string {
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof Date) return JSON.stringify(v.toISOString())
  if (Array.isArray(v)) return `[${v.map(oracle).join(',')}]`
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v).sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i)
      return a.length - b.length
    })
    return `{${keys.map((k) => `${JSON.stringify(k)}:${oracle((v as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(v)
}

const key = fc.oneof(
  fc.constantFrom('0', '2', '10', '01', '4294967294', '4294967295', '-1', 'a', 'B', '_', 'toJSON', 'constructor', '\ud800', 'é', ''),
  fc.string({ unit: 'binary', maxLength: 4 })
).filter((k) => k !== '__proto__')
const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 5 }),
  fc.constantFrom(-0, 0, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER, 0.1, -1.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.boolean(),
  fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true })
)
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 4, depthIdentifier: 'v' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 5, selector: (e) => e[0] }).map((entries) => {
      const t: Record<string, unknown> = Object.create(null)
      for (const [k, x] of entries) t[k] = x
      return t
    }),
    fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 5, selector: (e) => e[0] }).map((entries) => Object.fromEntries(entries))
  )
}))

describe('canonicalJson', () => {
  it('is the code-unit-ordered JSON of any value, whichever path writes it', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v as TomlValue)).toBe(oracle(v))
      }),
      { numRuns: 3000 }
    )
  })

  it('orders integer-like keys as strings', () => {
    const t = { b: 1, '10': 2, '2': [{ z: 1, '0': -0 }], a: '\ud800' }
    expect(canonicalJson(t)).toBe('{"10":2,"2":[{"0":0,"z":1}],"a":"\\ud800","b":1}')
  })

  it('still refuses nan and inf wherever they are', () => {
    expect(() => canonicalJson({ a: [{ b: Number.NaN }] })).toThrow('cannot be hashed')
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow('cannot be hashed')
  })
})
