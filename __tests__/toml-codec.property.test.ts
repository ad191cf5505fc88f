/**
 * The persistent parse cache revives tables with toml-codec.ts: what it gives back must be
 * indistinguishable from a fresh parseToml of the same text. `same` compares everything a caller
 * can observe: prototypes (null-prototype tables, Array, TomlDate), own keys in order with their
 * property descriptors, Object.is for numbers (−0, NaN), bigints, and each TomlDate's time value,
 * kind (offset / local date-time, local date, local time) and ISO text (its offset as authored).
 * Inputs: arbitrary documents (generated values through smol-toml's stringify, with hand-picked
 * literals JSON cannot say spliced in), every TOML file of the corpus, and RusToK's when present.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { stringify, TomlDate } from 'smol-toml'
import { decodeToml, encodeToml } from '../src/core/manifest/toml-codec.js'
import { parseToml, type TomlTable } from '../src/core/manifest/toml.js'
import { RUSTOK_DIR } from './rustok-fixture.js'

/** Throws with the path of the first observable difference. */
function same(a: unknown, b: unknown, at = '$'): void {
  if (typeof a !== typeof b) throw new Error(`${at}: ${typeof a} vs ${typeof b}`)
  if (typeof a !== 'object' || a === null || b === null) {
    if (!Object.is(a, b)) throw new Error(`${at}: ${String(a)} vs ${String(b)}`)
    return
  }
  const o = b as object
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(o)) throw new Error(`${at}: another prototype`)
  if (Object.isExtensible(a) !== Object.isExtensible(o)) throw new Error(`${at}: extensibility`)
  if (a instanceof TomlDate) {
    const d = o as TomlDate
    const kind = (x: TomlDate) => [x.getTime(), x.isDateTime(), x.isLocal(), x.isDate(), x.isTime(), x.isValid(), x.toISOString(), String(x)]
    expect(kind(d)).toEqual(kind(a))
  }
  const ka = Reflect.ownKeys(a)
  const kb = Reflect.ownKeys(o)
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) throw new Error(`${at}: keys ${String(ka)} vs ${String(kb)}`)
  for (const k of ka) {
    const da = Object.getOwnPropertyDescriptor(a, k)!
    const db = Object.getOwnPropertyDescriptor(o, k)!
    if (da.enumerable !== db.enumerable || da.writable !== db.writable || da.configurable !== db.configurable) throw new Error(`${at}.${String(k)}: descriptor`)
    same(da.value, db.value, `${at}.${String(k)}`)
  }
}

const roundTrip = (text: string, file = 'x.toml'): void => {
  const fresh = parseToml(text, file)
  same(fresh, decodeToml(encodeToml(fresh)))
  // A second decode of the same text is a new tree (no sharing between parses).
  const json = encodeToml(fresh)
  expect(decodeToml(json)).not.toBe(decodeToml(json))
}

const key = fc.oneof(
  fc.constantFrom('0', '2', '10', '01', '4294967294', '4294967295', '-1', 'a', 'B', '_', 'toJSON', 'constructor', 'prototype', 'hasOwnProperty', '__defineGetter__', '\ud800', 'é', '\u0001', '[0,1]', ''),
  fc.string({ unit: 'binary', maxLength: 4 })
)
const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('\u0001', '\u0001n12', '[2,"z",0]', '\ud800', '\udfff', '\u0000'),
  fc.double(),
  fc.integer(),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.boolean(),
  fc.date({ min: new Date(-62135596800000), max: new Date(253402300799999), noInvalidDate: true })
)
const { table } = fc.letrec<{ value: unknown; table: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ maxDepth: 4, depthIdentifier: 'v' }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('table')),
  table: fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 5, selector: (e) => e[0] }).map((entries) => Object.fromEntries(entries))
}))

/** TOML literals smol-toml's stringify never writes: each date kind, offsets, −0, nan, inf, huge integers, escapes. */
const literal = fc.oneof(
  fc.constantFrom(
    '-0.0', '+0.0', 'nan', '-nan', '+nan', 'inf', '-inf', '+inf', '9223372036854775807', '-9223372036854775808', '0x7fffffffffffffff', '0o777', '0b1010',
    '9007199254740993', '1e308', '5e-324', '"\\u0001x"', '"\\ud7ff\\ue000"', '"\\U0010FFFF"', "'literal \\n'", '"""multi\nline"""'
  ),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', '.5', '.123', '.999999')).map(([h, m, s, f]) => `${pad(h)}:${pad(m)}:${pad(s)}${f}`),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('T', 't', ' '), fc.constantFrom('', 'Z', 'z', '+00:00', '-08:00', '+05:30', '+23:59', '-00:01', '.25Z', '.5-01:00'))
    .map(([y, mo, d, h, mi, sep, tail]) => `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}${sep}${pad(h)}:${pad(mi)}:00${tail}`)
)
const pad = (n: number) => String(n).padStart(2, '0')

describe('toml-codec: revived tables are indistinguishable from a fresh parse', () => {
  it('for arbitrary documents written by smol-toml, with literals it never writes spliced in', () => {
    fc.assert(
      fc.property(table, fc.array(fc.tuple(key, literal), { maxLength: 6 }), (t, extra) => {
        let text: string
        try {
          text = stringify(t)
        } catch {
          return // values stringify refuses (NaN keys etc.) are not documents
        }
        const lits = extra.map(([k, v], i) => `${JSON.stringify(`lit${i}${k}`)} = ${v}`).join('\n')
        const doc = `${lits}\n${text}`
        let ok = true
        try {
          parseToml(doc, 'x.toml')
        } catch {
          ok = false
        }
        if (ok) roundTrip(doc)
      }),
      { numRuns: 1500 }
    )
  })

  it('for every date kind, special float, big integer and awkward key', () => {
    roundTrip(
      [
        'od = 1979-05-27T07:32:00.999999-08:00', 'oz = 1979-05-27T07:32:00Z', 'ol = 1979-05-27 07:32:00z', 'ldt = 1979-05-27T07:32:00', 'ld = 1979-05-27', 'lt = 07:32:00.5',
        'nz = -0.0', 'pn = nan', 'nn = -nan', 'pi = inf', 'ni = -inf', 'big = 9223372036854775807', 'small = -9223372036854775808', 'safe = 9007199254740991',
        'ctl = "\\u0001n5"', 'nul = "\\u0000"', 'prototype = { toString = 2, valueOf = 3, hasOwnProperty = 4 }', '"10" = 3', '"2" = 4', 'a.b.c = [ { d = 1 }, [], [ [ 1979-05-27 ] ] ]',
        '[[arr]]', 'x = 1', '[[arr]]', '[arr.sub]', 'y = "\u00e9\ud83d\ude00"'
      ].join('\n')
    )
    // parseToml refuses `__proto__` and `constructor` keys; the codec keeps them as plain own keys anyway.
    const odd = Object.create(null) as TomlTable
    Object.defineProperty(odd, '__proto__', { value: 1, enumerable: true, writable: true, configurable: true })
    Reflect.set(odd, 'constructor', Object.assign(Object.create(null) as TomlTable, { inner: 2 }))
    same(odd, decodeToml(encodeToml(odd)))
    expect(Object.keys(decodeToml(encodeToml(odd)))).toEqual(['__proto__', 'constructor'])
    // A lone surrogate reaches parseToml only from a string that did not come from a UTF-8 file.
    roundTrip('s = "a\ud800b"\n"\udc00" = 1')
  })

  it('rejects what it did not write (the store treats that as a miss)', () => {
    for (const bad of ['', 'null', '{}', '[1]', '[0,"a"]', '[0,1,2]', '[0,"a",null]', '[0,"a",[2,"n","1.5"]]', '[0,"a",[2,"O",[1,"X",0]]]', '[0,"a",[2,"D",1e20]]', '[0,"a",[9]]', '[0,"a",{}]']) {
      expect(() => decodeToml(bad)).toThrow()
    }
  })

  it('for every TOML file of the corpus and of the RusToK fixture (when present)', () => {
    const files: string[] = []
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name)
        if (statSync(p).isDirectory()) walk(p)
        else if (name.endsWith('.toml')) files.push(p)
      }
    }
    walk(path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), 'corpus'))
    if (RUSTOK_DIR) walk(RUSTOK_DIR)
    let parsed = 0
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      let fresh: TomlTable
      try {
        fresh = parseToml(text, f)
      } catch {
        continue // invalid corpus inputs: never stored
      }
      same(fresh, decodeToml(encodeToml(fresh)), f)
      parsed++
    }
    expect(parsed).toBeGreaterThan(RUSTOK_DIR ? 250 : 150)
  })
})
