/**
 * Properties of manifest_hash. Documents are generated as a model (tables, arrays of scalars,
 * scalars with several equivalent TOML spellings and their expected canonical JSON), printed to
 * TOML text in many equivalent styles by the printer below, and parsed back by parseToml.
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { parseToml } from '../src/core/manifest/toml.js'
import { canonicalJson } from '../src/core/hash/jcs.js'
import { hashText } from '../src/core/hash/hash.js'
import { RUSTOK_DIR } from './rustok-fixture.js'

type Leaf = { t: 'leaf'; json: string; spellings: string[] }
type Arr = { t: 'arr'; items: Leaf[] }
type Tab = { t: 'tab'; entries: Array<[string, Node]> }
type Node = Leaf | Arr | Tab

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0')
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A TOML basic string; `mode` 0 escapes only what must be, 1 also non-ASCII, 2 uses short escapes. */
function basic(s: string, mode: number): string {
  const short: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' }
  let out = '"'
  for (const ch of s) {
    const cp = ch.codePointAt(0)!
    if (ch === '"' || ch === '\\') out += '\\' + ch
    else if (mode === 2 && short[ch]) out += short[ch]
    // U+FFFD must be escaped: parseToml reads a raw one as "not UTF-8".
    else if (cp < 0x20 || cp === 0x7f || cp === 0xfffd || (mode === 1 && cp > 0x7e)) {
      out += cp > 0xffff ? '\\U' + hex(cp, 8) : '\\u' + hex(cp, 4)
    } else out += ch
  }
  return out + '"'
}
const literalOk = (s: string) => !/['\u0000-\u0008\u000a-\u001f\u007f\ufffd]/.test(s)
const stringSpellings = (s: string) => [basic(s, 0), basic(s, 1), basic(s, 2), ...(literalOk(s) ? [`'${s}'`] : [])]
const leaf = (json: string, spellings: string[]): Leaf => ({ t: 'leaf', json, spellings })
const stringLeaf = (s: string) => leaf(JSON.stringify(s), stringSpellings(s))
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '_')

const intLeaf = (n: bigint) => {
  const abs = n < 0n ? -n : n
  const sign = n < 0n ? '-' : ''
  const positive = n >= 0n ? [`+${n}`, `0x${n.toString(16)}`, `0o${n.toString(8)}`, `0b${n.toString(2)}`] : []
  return leaf(String(n), [String(n), sign + grouped(String(abs)), ...positive])
}
const floatLeaf = (x: number) => {
  const plain = String(x)
  const spellings = [x.toExponential(), /[e.]/.test(plain) ? plain : plain + '.0']
  if (plain.includes('.') && !plain.includes('e')) spellings.push(plain + '000')
  return leaf(JSON.stringify(x), spellings)
}

const dateLeaf = fc
  .record({
    kind: fc.constantFrom('odt', 'ldt', 'ld', 'lt'),
    y: fc.integer({ min: 0, max: 9999 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    ms: fc.integer({ min: 0, max: 999 }),
    off: fc.option(fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })))
  })
  .map(({ kind, y, mo, d, h, mi, s, ms, off }) => {
    const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`
    const hms = `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`
    const ms3 = pad(ms, 3)
    const fracs = ms === 0 ? ['', '.0', '.000'] : [`.${ms3}`, `.${ms3.replace(/0+$/, '')}`, `.${ms3}000`]
    const zone = off === null ? ['Z', 'z'] : [`${off[0]}${pad(off[1], 2)}:${pad(off[2], 2)}`]
    const times = fracs.map((f) => hms + f)
    const out = (expected: string, spellings: string[]) => leaf(JSON.stringify(expected), spellings)
    if (kind === 'ld') return out(date, [date])
    if (kind === 'lt') return out(`${hms}.${ms3}`, times)
    const stamps = ['T', 't', ' '].flatMap((sep) => times.map((t) => date + sep + t))
    if (kind === 'ldt') return out(`${date}T${hms}.${ms3}`, stamps)
    return out(`${date}T${hms}.${ms3}${zone[0]}`, stamps.flatMap((st) => zone.map((z) => st + z)))
  })

const scalar: fc.Arbitrary<Leaf> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10 }).map(stringLeaf),
  fc.maxSafeInteger().map((n) => intLeaf(BigInt(n))),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(intLeaf),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(floatLeaf),
  fc.boolean().map((b) => leaf(String(b), [String(b)])),
  dateLeaf
)
const bareKey = fc.string({ unit: fc.constantFrom(...'abcxyzAZ0189_-'), minLength: 1, maxLength: 6 })
const key = fc.oneof(bareKey, fc.string({ unit: 'binary', maxLength: 6 })).filter((k) => k !== '__proto__' && k !== 'constructor')
const arr: fc.Arbitrary<Arr> = fc.array(scalar, { maxLength: 4 }).map((items) => ({ t: 'arr', items }))
const { table } = fc.letrec<{ node: Node; table: Tab }>((tie) => ({
  node: fc.oneof({ maxDepth: 3, depthIdentifier: 'doc' }, scalar, arr, tie('table')),
  table: fc
    .uniqueArray(fc.tuple(key, tie('node')), { maxLength: 5, selector: (e) => e[0] })
    .map((entries) => ({ t: 'tab' as const, entries }))
}))
/** parseToml rejects an empty document, so the root has at least one key. */
const doc = table.filter((t) => t.entries.length > 0)

/** The expected canonical JSON, written independently of src/core/hash (explicit code-unit compare). */
function oracle(n: Node): string {
  if (n.t === 'leaf') return n.json
  if (n.t === 'arr') return '[' + n.items.map(oracle).join(',') + ']'
  const byUnits = (a: [string, Node], b: [string, Node]) => {
    for (let i = 0; i < Math.min(a[0].length, b[0].length); i++) {
      const d = a[0].charCodeAt(i) - b[0].charCodeAt(i)
      if (d !== 0) return d
    }
    return a[0].length - b[0].length
  }
  return '{' + [...n.entries].sort(byUnits).map(([k, v]) => JSON.stringify(k) + ':' + oracle(v)).join(',') + '}'
}
const sha = (s: string) => 'sha256:' + createHash('sha256').update(s, 'utf8').digest('hex')

/** Prints a model as TOML; every random choice comes from `seed`, every output is equivalent. */
function render(root: Tab, seed: number): string {
  let state = seed >>> 0
  const rnd = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const chance = (p: number) => rnd() < p
  const shuffle = <T>(xs: readonly T[]): T[] => {
    const a = [...xs]
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1))
      ;[a[i], a[j]] = [a[j]!, a[i]!]
    }
    return a
  }
  const ws = () => pick(['', ' ', '  ', '\t'])
  const comment = () => '#' + pick(['', ' note', ' Ünïcödé ☃ 🚀', '# [not = a table]', ' key = "value"'])
  const trailing = () => (chance(0.2) ? ws() + ' ' + comment() : '')
  const keyText = (k: string) =>
    /^[A-Za-z0-9_-]+$/.test(k) && chance(0.7) ? k : pick(literalOk(k) ? [basic(k, 0), basic(k, 1), `'${k}'`] : [basic(k, 0), basic(k, 2)])
  const keyPath = (path: string[]) => path.map(keyText).join(pick(['.', ' . ', '.']))
  const value = (n: Node, multiline: boolean): string => {
    if (n.t === 'leaf') return pick(n.spellings)
    if (n.t === 'arr') {
      if (multiline && n.items.length > 0 && chance(0.4)) {
        const items = n.items.map((i) => `  ${value(i, false)},${trailing()}`)
        return '[\n' + items.join('\n') + (chance(0.5) ? '\n  ' + comment() : '') + '\n]'
      }
      return '[' + ws() + n.items.map((i) => value(i, false)).join(',' + ws()) + (n.items.length > 0 && chance(0.3) ? ',' : '') + ws() + ']'
    }
    if (n.entries.length === 0) return '{' + ws() + '}'
    const parts: string[] = []
    const inline = (t: Tab, prefix: string[]) => {
      for (const [k, v] of shuffle(t.entries)) {
        if (v.t === 'tab' && v.entries.length > 0 && chance(0.3)) inline(v, [...prefix, k])
        else parts.push(keyPath([...prefix, k]) + ws() + '=' + ws() + value(v, false))
      }
    }
    inline(n, [])
    return '{ ' + parts.join(',' + ws() + ' ') + ' }'
  }
  const lines: string[] = []
  const push = (line: string) => {
    while (chance(0.15)) lines.push(chance(0.5) ? ws() + comment() : ws())
    lines.push(ws() + line + trailing())
  }
  const assign = (path: string[], n: Node) => push(keyPath(path) + ws() + ' = ' + ws() + value(n, true))
  const dotted = (t: Tab, prefix: string[]) => {
    for (const [k, v] of shuffle(t.entries)) {
      if (v.t === 'tab' && v.entries.length > 0 && chance(0.5)) dotted(v, [...prefix, k])
      else assign([...prefix, k], v)
    }
  }
  const section = (t: Tab, path: string[]) => {
    const headers: Array<[string[], Tab]> = []
    const body: Array<() => void> = []
    for (const [k, v] of shuffle(t.entries)) {
      const style = v.t === 'tab' ? pick(['inline', 'dotted', 'header'] as const) : 'inline'
      if (style === 'header') headers.push([[...path, k], v as Tab])
      else if (style === 'dotted' && v.t === 'tab' && v.entries.length > 0) body.push(() => dotted(v, [k]))
      else body.push(() => assign([k], v))
    }
    // A table holding only sub-table headers may be left implicit.
    if (path.length > 0 && (body.length > 0 || headers.length === 0 || chance(0.5))) {
      push('[' + ws() + keyPath(path) + ws() + ']')
    }
    body.forEach((f) => f())
    for (const [p, sub] of headers) section(sub, p)
  }
  section(root, [])
  const text = lines.join('\n') + (chance(0.5) ? '\n' : '')
  return chance(0.5) ? text.replace(/\n/g, '\r\n') : text
}

describe('manifest_hash properties', () => {
  it('every equivalent rendering of a document has the same canonical JSON and hash', () => {
    fc.assert(
      fc.property(doc, fc.array(fc.integer(), { minLength: 3, maxLength: 3 }), (doc, seeds) => {
        const expected = oracle(doc)
        for (const seed of seeds) {
          const text = render(doc, seed)
          const parsed = parseToml(text, 'p.toml')
          expect(canonicalJson(parsed)).toBe(expected)
          expect(hashText(text, 'p.toml')).toBe(sha(expected))
        }
      }),
      { numRuns: 150 }
    )
  })

  it('changing one leaf, or adding or removing a key, changes the hash', () => {
    const mutate = (doc: Tab, choice: number, op: number): Tab => {
      const copy = structuredClone(doc)
      const tables: Tab[] = []
      const walk = (t: Tab) => {
        tables.push(t)
        for (const [, v] of t.entries) if (v.t === 'tab') walk(v)
      }
      walk(copy)
      const t = tables[choice % tables.length]!
      if (t.entries.length === 0 || op === 0 || (op === 1 && t === copy && t.entries.length === 1)) {
        let k = 'added'
        while (t.entries.some(([x]) => x === k)) k += '_'
        t.entries.push([k, stringLeaf('new')])
      } else {
        const i = choice % t.entries.length
        const [k, v] = t.entries[i]!
        if (op === 1) t.entries.splice(i, 1)
        else if (v.t === 'tab') t.entries[i] = [k, { t: 'tab', entries: [...v.entries, [v.entries.length ? 'x' + v.entries.map((e) => e[0]).join('') : 'x', stringLeaf('x')]] }]
        else if (v.t === 'arr') t.entries[i] = [k, { t: 'arr', items: v.items.length && op === 2 ? v.items.slice(1) : [...v.items, stringLeaf('x')] }]
        else t.entries[i] = [k, v.json.startsWith('"') ? stringLeaf(JSON.parse(v.json) + '!') : stringLeaf('mutated')]
      }
      return copy
    }
    fc.assert(
      fc.property(doc, fc.nat(), fc.nat({ max: 3 }), fc.integer(), fc.integer(), (doc, choice, op, s1, s2) => {
        const changed = mutate(doc, choice, op)
        expect(oracle(changed)).not.toBe(oracle(doc))
        expect(hashText(render(changed, s2), 'm.toml')).not.toBe(hashText(render(doc, s1), 'm.toml'))
      }),
      { numRuns: 150 }
    )
  })

  it('parseToml + manifestHash throw nothing but DiagnosticError on arbitrary text', () => {
    // RusToK's manifest as the seed of the mutations; the shop example's without the fixture.
    const rustok = readFileSync(RUSTOK_DIR ? path.join(RUSTOK_DIR, 'modules.toml') : path.join(process.cwd(), 'examples', 'shop', 'modules.toml'), 'utf8')
    const tomlish = fc.string({ unit: fc.constantFrom(...'[]{}="\'#.,\n\r\t :-+_0123456789abeifntuxzTZ\\'.split(''), 'nan', 'inf', '1979-05-27', '\ufffd'), maxLength: 60 })
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 })
    const mutated = fc
      .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('nan', '{', '[[', '"', '\n[modules]\n', '\u0000'))), { minLength: 1, maxLength: 4 })
      .map((edits) => edits.reduce((text, [at, del, ins]) => { const i = at % (text.length + 1); return text.slice(0, i) + ins + text.slice(i + del) }, rustok))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), utf16, tomlish, mutated), (text) => {
        try {
          expect(hashText(text, 'fuzz.toml')).toMatch(/^sha256:[0-9a-f]{64}$/)
        } catch (e) {
          if (!(e instanceof DiagnosticError)) throw e
          expect(e.diagnostics.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 600 }
    )
  })
})
