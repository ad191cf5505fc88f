import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from 'smol-toml'
import { indexKeys, type KeyPath } from '../src/core/manifest/locate.js'
import type { Location } from '../src/core/diagnostics/diagnostic.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'


// ── helpers ────────────────────────────────────────────────────────────────────────────────────

type Value = unknown

/** The source text from `loc` to the end of its line (columns are code points; BOM not counted). */
function textAt(source: string, loc: Location): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source
  const line = text.split('\n')[loc.line - 1]
  if (line === undefined) throw new Error(`no line ${loc.line}`)
  // Keep line breaks inside multi-line strings reachable: append the rest of the document.
  const rest = text.split('\n').slice(loc.line).join('\n')
  return Array.from(line).slice(loc.column - 1).join('') + '\n' + rest
}

/** The quoted string token at the start of `text` (single-line or multi-line), or null. */
function quotedToken(text: string): string | null {
  const q = text[0]
  if (q !== '"' && q !== "'") return null
  if (text.startsWith(q.repeat(3))) {
    let j = 3
    for (;;) {
      if (q === '"' && text[j] === '\\') j += 2
      else if (text.startsWith(q.repeat(3), j)) {
        let end = j + 3
        if (text[end] === q) end++
        if (text[end] === q) end++
        return text.slice(0, end)
      } else if (j >= text.length) return null
      else j++
    }
  }
  for (let j = 1; j < text.length; j++) {
    if (text[j] === '\\' && q === '"') j++
    else if (text[j] === q) return text.slice(0, j + 1)
  }
  return null
}

/** Does `text` start with `key`, bare or quoted? */
function holdsKey(text: string, key: string): boolean {
  const token = quotedToken(text)
  if (token === null) return /^[A-Za-z0-9_-]+/.test(text) && text.startsWith(key) && !/^[A-Za-z0-9_-]/.test(text.slice(key.length))
  try {
    return Object.keys(parse(`${token} = 0`))[0] === key
  } catch {
    return false
  }
}

/** Does `text` start with a literal equal to the scalar `value`? */
function holdsValue(text: string, value: Value): boolean {
  const token = quotedToken(text) ?? text.split(/[,\]}#\r\n]/)[0]!.trim()
  try {
    const parsed = parse(`x = ${token}`).x
    return String(parsed) === String(value) && typeof parsed === typeof value
  } catch {
    return false
  }
}

const isTable = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date)

/** Every path of a parsed document with its value (iterative walk). */
function allPaths(doc: Record<string, Value>): Array<[Array<string | number>, Value]> {
  const out: Array<[Array<string | number>, Value]> = []
  const stack: Array<[Array<string | number>, Value]> = Object.entries(doc).map(([k, v]) => [[k], v])
  while (stack.length) {
    const [p, v] = stack.pop()!
    out.push([p, v])
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([[...p, i], x]))
    else if (isTable(v)) for (const [k, x] of Object.entries(v)) stack.push([[...p, k], x])
  }
  return out
}

/** Checks that every path of `source` is indexed at a position that really holds it. */
function checkAllPaths(source: string): number {
  const doc = parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source) as Record<string, Value>
  const index = indexKeys(source)
  let checked = 0
  for (const [path, value] of allPaths(doc)) {
    const loc = index.get(path)
    const where = JSON.stringify(path)
    if (loc === undefined) throw new Error(`${where} is not indexed`)
    const text = textAt(source, loc)
    const last = path[path.length - 1]!
    let ok: boolean
    if (typeof last === 'string') ok = holdsKey(text, last)
    else if (Array.isArray(value)) ok = text.startsWith('[')
    else if (isTable(value)) ok = text.startsWith('{') || holdsKey(text, String(path[path.length - 2]))
    else ok = holdsValue(text, value)
    if (!ok) throw new Error(`${where} → ${loc.line}:${loc.column} holds ${JSON.stringify(text.slice(0, 40))}`)
    expect(index.nearest([...path, 'no such key', 7])).toEqual(loc)
    checked++
  }
  return checked
}

/** 1-based column (code points) of the first occurrence of `needle` in line `line`. */
function col(source: string, line: number, needle: string): Location {
  const text = source.split('\n')[line - 1]!
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`${needle} not on line ${line}`)
  return { line, column: Array.from(text.slice(0, at)).length + 1 }
}

const lineOf = (source: string, needle: string): number => {
  const at = source.indexOf(needle)
  if (at < 0) throw new Error(`${needle} not found`)
  return source.slice(0, at).split('\n').length
}

// ── RusToK fixtures ────────────────────────────────────────────────────────────────────────────

describeRustok('RusToK manifests', () => {
  const FIXTURES = rustokDir()
  const modules = readFileSync(join(FIXTURES, 'modules.toml'), 'utf8')
  const index = indexKeys(modules)

  it('locates modules.toml keys, inline-table keys and array elements', () => {
    const blog = lineOf(modules, '\nblog = {') + 1
    expect(index.get(['modules', 'blog'])).toEqual({ line: blog, column: 1 })
    expect(index.get(['modules', 'blog', 'depends_on'])).toEqual(col(modules, blog, 'depends_on'))
    expect(index.get(['modules', 'blog', 'depends_on', 1])).toEqual(col(modules, blog, '"comments"'))
    expect(index.get(['modules', 'blog', 'depends_on', 4])).toBeUndefined()
    const id = lineOf(modules, 'id = "default"')
    expect(index.get(['build', 'storefront', 0, 'id'])).toEqual({ line: id, column: 1 })
    expect(index.get(['build', 'storefront', 0])).toEqual(col(modules, id - 1, 'storefront'))
    expect(index.get(['build', 'storefront'])).toEqual(col(modules, id - 1, 'storefront'))
    expect(index.get(['build', 'storefront', 1])).toBeUndefined()
    const settings = lineOf(modules, 'default_enabled = [')
    expect(index.get(['settings', 'default_enabled', 3])).toEqual(col(modules, settings, '"product"'))
    expect(index.get(['build'])).toEqual({ line: lineOf(modules, '[build]'), column: 2 })
    expect(index.get(['build', 'server'])).toEqual(col(modules, lineOf(modules, '[build.server]'), 'server'))
    // Keys after a Russian comment on the same line are unaffected (comments are never keys).
    expect(index.get(['build', 'server', 'embed_storefront'])).toEqual({ line: lineOf(modules, 'embed_storefront'), column: 1 })
    expect(index.get(['schema'])).toEqual({ line: lineOf(modules, 'schema = 2'), column: 1 })
  })

  it('finds the nearest indexed prefix', () => {
    const blog = lineOf(modules, '\nblog = {') + 1
    expect(index.nearest(['modules', 'blog', 'no_such_field'])).toEqual({ line: blog, column: 1 })
    expect(index.nearest(['modules', 'blog', 'depends_on', 99])).toEqual(col(modules, blog, 'depends_on'))
    expect(index.nearest(['nope'])).toBeUndefined()
    expect(index.nearest([])).toBeUndefined()
    expect(index.get([])).toBeUndefined()
  })

  it('indexes every path of modules.toml at a position that holds it', () => {
    expect(checkAllPaths(modules)).toBeGreaterThan(300)
  })

  const crates = readdirSync(join(FIXTURES, 'crates'))
    .map((c) => join(FIXTURES, 'crates', c, 'rustok-module.toml'))
    .filter((f) => existsSync(f))

  it('indexes every path of every crate manifest', () => {
    expect(crates.length).toBeGreaterThan(10)
    for (const file of crates) {
      try {
        checkAllPaths(readFileSync(file, 'utf8'))
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`)
      }
    }
  })

  it('resolves nested array-of-tables headers to the last entry', () => {
    const forum = readFileSync(join(FIXTURES, 'crates', 'rustok-forum', 'rustok-module.toml'), 'utf8')
    const ix = indexKeys(forum)
    const base = ['fba', 'builder_consumer', 'contribution_manifest', 'admin', 0, 'property_editors']
    const second = lineOf(forum, 'id = "rustok.forum.topic-detail.properties"')
    expect(ix.get([...base, 1, 'id'])).toEqual({ line: second, column: 1 })
    const acc = ix.get([...base, 1, 'accessibility', 'label_message_id'])
    expect(acc?.line).toBe(lineOf(forum, 'forum.builder.widget.topicDetail.label'))
  })
})

// ── constructs ─────────────────────────────────────────────────────────────────────────────────

describe('constructs', () => {
  const at = (src: string, path: KeyPath) => indexKeys(src).get(path)

  it('ignores # inside strings and keys inside comments', () => {
    const src = 'a = "x # y = 1" # b = 2\nc = \'# d = 3\'\n# e = 4\n'
    const ix = indexKeys(src)
    expect(ix.get(['a'])).toEqual({ line: 1, column: 1 })
    expect(ix.get(['b'])).toBeUndefined()
    expect(ix.get(['c'])).toEqual({ line: 2, column: 1 })
    expect(ix.get(['d'])).toBeUndefined()
    expect(ix.get(['e'])).toBeUndefined()
  })

  it('handles escapes in basic strings', () => {
    const src = 'a = "q\\" [x] = \\\\" # b = 1\nc = "\\\\"\nd = 2\n'
    expect(at(src, ['c'])).toEqual({ line: 2, column: 1 })
    expect(at(src, ['d'])).toEqual({ line: 3, column: 1 })
  })

  it('handles multi-line basic and literal strings, including """" endings', () => {
    const src = [
      'a = """',
      'b = 1 "" \\""" # no',
      'x""""',
      'c = \'\'\'',
      'd = 2 \'\' ',
      "y'''''",
      'e = """"""',
      'f = \'\'\'\'\'\'',
      'g = ""',
      "h = ''",
      'i = 3'
    ].join('\n')
    const ix = indexKeys(src)
    expect(parse(src)).toMatchObject({ a: 'b = 1 "" """ # no\nx"', c: "d = 2 '' \ny''" })
    expect(ix.get(['b'])).toBeUndefined()
    expect(ix.get(['d'])).toBeUndefined()
    for (const [k, line] of [['a', 1], ['c', 4], ['e', 7], ['f', 8], ['g', 9], ['h', 10], ['i', 11]] as const) {
      expect(ix.get([k])).toEqual({ line, column: 1 })
    }
  })

  it('decodes bare, quoted and dotted keys with whitespace around dots', () => {
    const src = 'a."b.c".d = 1\n"\\u00e9t\\u00E9" = 2\n \'lit\\eral\' . x = 3\n"" = 4\n"\\U0001F600" . "tab\\t" = 5\n'
    const ix = indexKeys(src)
    expect(ix.get(['a'])).toEqual({ line: 1, column: 1 })
    expect(ix.get(['a', 'b.c'])).toEqual({ line: 1, column: 3 })
    expect(ix.get(['a', 'b.c', 'd'])).toEqual({ line: 1, column: 9 })
    expect(ix.get(['été'])).toEqual({ line: 2, column: 1 })
    expect(ix.get(['lit\\eral'])).toEqual({ line: 3, column: 2 })
    expect(ix.get(['lit\\eral', 'x'])).toEqual({ line: 3, column: 15 })
    expect(ix.get([''])).toEqual({ line: 4, column: 1 })
    expect(ix.get(['😀', 'tab\t'])).toEqual({ line: 5, column: 16 })
    checkAllPaths(src)
  })

  it('lets dotted keys define intermediate tables, first definition first', () => {
    const src = '[t]\na.b = 1\na.c = 2\n'
    const ix = indexKeys(src)
    expect(ix.get(['t', 'a'])).toEqual({ line: 2, column: 1 })
    expect(ix.get(['t', 'a', 'c'])).toEqual({ line: 3, column: 3 })
  })

  it('prefers an explicit table header over an earlier implicit definition', () => {
    const src = '[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b]\n'
    const ix = indexKeys(src)
    expect(ix.get(['a'])).toEqual({ line: 3, column: 2 })
    expect(ix.get(['a', 'b'])).toEqual({ line: 5, column: 4 })
    expect(ix.get(['a', 'b', 'c'])).toEqual({ line: 1, column: 6 })
    expect(ix.get(['a', 'b', 'c', 'x'])).toEqual({ line: 2, column: 1 })
  })

  it('points headers at their key, with whitespace inside brackets', () => {
    const src = '[ a . "b c" ]  # comment [x]\nk = 1\n[[ d ]]\n'
    const ix = indexKeys(src)
    expect(ix.get(['a'])).toEqual({ line: 1, column: 3 })
    expect(ix.get(['a', 'b c'])).toEqual({ line: 1, column: 7 })
    expect(ix.get(['a', 'b c', 'k'])).toEqual({ line: 2, column: 1 })
    expect(ix.get(['x'])).toBeUndefined()
    expect(ix.get(['d', 0])).toEqual({ line: 3, column: 4 })
  })

  it('numbers arrays of tables and resolves nested headers to the last entry', () => {
    const src = [
      '[[a.b]]', //             1
      'x = 1', //               2
      '[[a.b]]', //             3
      'x = 2', //               4
      '[a.b.c]', //             5
      'y = 3', //               6
      '[[a.b.d]]', //           7
      'z = 4', //               8
      '[[a.b.d]]', //           9
      '[[a.b]]', //            10
      '[[a.b.d]]', //          11
      'w = 5' //               12
    ].join('\n')
    const ix = indexKeys(src)
    expect(ix.get(['a', 'b'])).toEqual({ line: 1, column: 5 })
    expect(ix.get(['a', 'b', 0])).toEqual({ line: 1, column: 5 })
    expect(ix.get(['a', 'b', 1])).toEqual({ line: 3, column: 5 })
    expect(ix.get(['a', 'b', 0, 'x'])).toEqual({ line: 2, column: 1 })
    expect(ix.get(['a', 'b', 1, 'x'])).toEqual({ line: 4, column: 1 })
    expect(ix.get(['a', 'b', 1, 'c', 'y'])).toEqual({ line: 6, column: 1 })
    expect(ix.get(['a', 'b', 1, 'd', 0, 'z'])).toEqual({ line: 8, column: 1 })
    expect(ix.get(['a', 'b', 1, 'd', 1])).toEqual({ line: 9, column: 7 })
    expect(ix.get(['a', 'b', 2, 'd', 0])).toEqual({ line: 11, column: 7 })
    expect(ix.get(['a', 'b', 2, 'd', 0, 'w'])).toEqual({ line: 12, column: 1 })
    expect(ix.get(['a', 'b', 0, 'c'])).toBeUndefined()
    checkAllPaths(src)
  })

  it('indexes nested inline tables and arrays', () => {
    const src = 'k = { a = 1, n = { x = [1, [2, {y = 3}]], "q.r" = {} }, d.e = true }\nz = [{a=1},{a=2}]\n'
    const ix = indexKeys(src)
    expect(ix.get(['k', 'n', 'x', 1, 1, 'y'])).toEqual(col(src, 1, 'y ='))
    expect(ix.get(['k', 'n', 'x', 1, 1])).toEqual(col(src, 1, '{y'))
    expect(ix.get(['k', 'n', 'q.r'])).toEqual(col(src, 1, '"q.r"'))
    expect(ix.get(['k', 'd', 'e'])).toEqual(col(src, 1, 'e ='))
    expect(ix.get(['z', 1, 'a'])).toEqual({ line: 2, column: 13 })
    expect(ix.get(['z', 0])).toEqual({ line: 2, column: 6 })
    checkAllPaths(src)
  })

  it('handles multi-line arrays with comments, strings with brackets and trailing commas', () => {
    const src = 'a = [ # [x] = 1\n  "]", # ],\n\n  \'[\' ,\n  # "comment"\n  [ 1,\n 2, ],\n  { b = "}" },\n]\nc = 1\n'
    const ix = indexKeys(src)
    expect(ix.get(['a', 0])).toEqual({ line: 2, column: 3 })
    expect(ix.get(['a', 1])).toEqual({ line: 4, column: 3 })
    expect(ix.get(['a', 2, 1])).toEqual({ line: 7, column: 2 })
    expect(ix.get(['a', 3, 'b'])).toEqual({ line: 8, column: 5 })
    expect(ix.get(['a', 4])).toBeUndefined()
    expect(ix.get(['c'])).toEqual({ line: 10, column: 1 })
    checkAllPaths(src)
  })

  it('handles CRLF line endings and a BOM', () => {
    const src = '\uFEFFa = 1\r\n[t]\r\nb = [\r\n  1,\r\n  2\r\n]\r\n'
    const ix = indexKeys(src)
    expect(ix.get(['a'])).toEqual({ line: 1, column: 1 })
    expect(ix.get(['t'])).toEqual({ line: 2, column: 2 })
    expect(ix.get(['t', 'b', 1])).toEqual({ line: 5, column: 3 })
    checkAllPaths(src)
  })

  it('counts columns in code points', () => {
    const src = 'a = { "é😀" = 1, b = "ж😀ж", c = 2 }\n'
    const ix = indexKeys(src)
    expect(ix.get(['a', 'é😀'])).toEqual({ line: 1, column: 7 })
    expect(ix.get(['a', 'c'])).toEqual({ line: 1, column: 28 })
  })

  it('handles scalars of every kind, including date-times with a space', () => {
    const src = 'a = [1979-05-27 07:32:00Z, 1979-05-27, 07:32:00, -inf, nan, 0x1F, 1_000, 6.02e+23, true]\nb = 1979-05-27 07:32:00 # c = 1\nd = 1\n'
    const ix = indexKeys(src)
    expect(ix.get(['a', 1])).toEqual(col(src, 1, '1979-05-27,'))
    expect(ix.get(['a', 8])).toEqual(col(src, 1, 'true'))
    expect(ix.get(['c'])).toBeUndefined()
    expect(ix.get(['d'])).toEqual({ line: 3, column: 1 })
  })

  it('never throws on unexpected input and keeps what it indexed', () => {
    for (const src of ['', '\uFEFF', 'a = 1\n[[', 'a = 1\n= 2', 'a = "unterminated', 'x = [1, {', '[a.]', '"a', 'a = """x', '\\']) {
      expect(() => indexKeys(src)).not.toThrow()
    }
    expect(indexKeys('a = 1\n= 2\nb = 3').get(['a'])).toEqual({ line: 1, column: 1 })
    fc.assert(fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => void indexKeys(s)), { numRuns: 2000 })
  })

  it('indexes a 6 MB, 50,000-entry manifest (its speed: npm run bench)', () => {
    const lines = ['schema = 2', '[modules]']
    for (let i = 0; i < 50_000; i++) {
      lines.push(
        `module_${i} = { crate = "rustok-module-${i}", source = "path", path = "crates/rustok-module-${i}", depends_on = ["module_${i >> 1}", "outbox"] } # модуль`
      )
    }
    const src = lines.join('\n') + '\n'
    expect(src.length).toBeGreaterThan(6_000_000)
    const ix = indexKeys(src)
    expect(ix.get(['modules', 'module_49999', 'depends_on', 1])?.line).toBe(50_002)
  })
})

// ── property: generated documents printed in various styles ────────────────────────────────────

type Tree = { [k: string]: Node }
type Node = string | number | boolean | Node[] | { t: Tree }

const KEYS = ['a', 'b-c', 'x_1', '9', 'a.b', 'é', 'ключ', ' sp', '#', '"q"', "it's", '=', '[x]', '😀', '', 'tab\there', 'new\nline', '\\', "''", 'z']
const STRINGS = ['', 'x', '#', '"', "'", '""', "''", '"""', "'''", '[a]', '{b = 1}', 'a\nb = 1\n', 'ж😀', '\\', 'x"', "x'", 'end""', "end''", '\t', ' # ']

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node; tree: { t: Tree } }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...STRINGS),
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
    tie('tree')
  ),
  tree: fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }).map((t) => ({ t }))
})).node

const docArb = fc.dictionary(fc.constantFrom(...KEYS), nodeArb, { maxKeys: 5 })

/** Small deterministic PRNG so one integer seed drives every style choice. */
function rng(seed: number): (n: number) => number {
  let x = seed | 0 || 1
  return (n) => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) % n
  }
}

const isTree = (n: Node): n is { t: Tree } => typeof n === 'object' && !Array.isArray(n)
const isTreeArray = (n: Node): n is Array<{ t: Tree }> => Array.isArray(n) && n.length > 0 && n.every(isTree)

function printDoc(doc: Tree, seed: number, crlf: boolean, bom: boolean): string {
  const r = rng(seed)
  const nl = crlf ? '\r\n' : '\n'
  const pick = <T>(...xs: T[]): T => xs[r(xs.length)]!
  const ws = () => pick('', ' ', '  ', '\t')
  const comment = () => pick('', '', ` # "x" = [ { 'y' ] ключ 😀`, '#[a.b]', ' #')
  const escape = (s: string) =>
    JSON.stringify(s).replace(/\x7f/g, '\\u007f')

  const key = (k: string): string => {
    const bare = /^[A-Za-z0-9_-]+$/.test(k)
    const literal = !/['\n\r\t\x00-\x1f\x7f]/.test(k)
    const choice = r(3)
    if (bare && choice === 0) return k
    if (literal && choice === 1) return `'${k}'`
    return bare && choice === 2 ? k : escape(k)
  }
  const dotted = (ks: string[]) => ks.map(key).join(pick('.', ' . ', '\t.', '. '))

  const str = (s: string): string => {
    const choice = r(4)
    if (choice === 1 && !/['\n\r\x00-\x08\x0a-\x1f\x7f]/.test(s)) return `'${s}'`
    if (choice === 2 && !s.includes("'''") && !/[\r\x00-\x08\x0b-\x1f\x7f]/.test(s)) {
      return `'''${pick('', nl)}${s.replace(/\n/g, nl)}'''`
    }
    if (choice === 3) {
      // Escape quotes except trailing ones, to produce `""""`-style endings.
      const m = /"{0,2}$/.exec(s)![0]
      const body = s.slice(0, s.length - m.length)
      const esc = body.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')
      if (!body.endsWith('\\') || m === '') return `"""${esc.replace(/\n/g, nl)}${m}"""`
    }
    return escape(s)
  }

  const inline = (n: Node, indent: string): string => {
    if (typeof n === 'string') return str(n)
    if (typeof n !== 'object') return String(n)
    if (Array.isArray(n)) {
      if (n.length > 0 && r(2) === 0) {
        const inner = indent + '  '
        const items = n.map((x) => `${inner}${inline(x, inner)},${comment()}`)
        return `[${comment()}${nl}${items.join(nl)}${nl}${pick('', nl)}${indent}]`
      }
      return `[${ws()}${n.map((x) => inline(x, indent)).join(`${ws()},${ws()}`)}${n.length > 0 ? pick('', ',') : ''}${ws()}]`
    }
    const entries = Object.entries(n.t)
    if (entries.length === 0) return `{${ws()}}`
    const parts: string[] = []
    for (const [k, v] of entries) {
      if (isTree(v) && Object.keys(v.t).length > 0 && r(2) === 0) {
        for (const [sk, sv] of Object.entries(v.t)) parts.push(`${dotted([k, sk])}${ws()}=${ws()}${inline(sv, indent)}`)
      } else parts.push(`${key(k)}${ws()}=${ws()}${inline(v, indent)}`)
    }
    return `{${pick(' ', '')}${parts.join(`${ws()},${ws()}`)}${pick(' ', '')}}`
  }

  const out: string[] = []
  const line = (s: string) => out.push(s)

  /** Emits the key/value lines of `tree` (under its header) and returns the sub-sections. */
  const body = (tree: Tree, prefix: string[], headerMode: boolean): Array<() => void> => {
    const sections: Array<() => void> = []
    for (const [k, v] of Object.entries(tree)) {
      const path = [...prefix, k]
      const mode = headerMode ? r(3) : 0
      if (isTree(v) && mode === 1) {
        sections.push(() => table(v.t, path))
      } else if (isTreeArray(v) && mode === 2) {
        sections.push(() => {
          for (const el of v) {
            if (r(4) === 0) line(`${ws()}# ${pick('[[x]]', 'entry')}`)
            line(`${ws()}[[${ws()}${dotted(path)}${ws()}]]${comment()}`)
            for (const s of body(el.t, path, true)) s()
          }
        })
      } else if (isTree(v) && Object.keys(v.t).length > 0 && r(2) === 0) {
        // Dotted keys: `k.sub = value` for each entry (recursively inline below).
        for (const [sk, sv] of Object.entries(v.t)) {
          line(`${ws()}${dotted([k, sk])}${ws()}=${ws()}${inline(sv, '')}${comment()}`)
        }
      } else {
        line(`${ws()}${key(k)}${ws()}=${ws()}${inline(v, '')}${comment()}`)
      }
      if (r(6) === 0) line(pick('', '# комментарий', '  # a = 1'))
    }
    return sections
  }

  const table = (tree: Tree, path: string[]): void => {
    const mark = out.length
    line(`${ws()}[${ws()}${dotted(path)}${ws()}]${comment()}`)
    const sections = body(tree, path, true)
    // A header with nothing directly below it may be left implicit.
    if (out.length === mark + 1 && sections.length > 0 && r(2) === 0) out.pop()
    for (const s of sections) s()
  }

  for (const s of body(doc, [], true)) s()
  return (bom ? '\uFEFF' : '') + out.join(nl) + pick('', nl)
}

describe('property', () => {
  it('every path of a generated document is indexed where it is written', () => {
    fc.assert(
      fc.property(docArb, fc.integer(), fc.boolean(), fc.boolean(), (doc, seed, crlf, bom) => {
        const src = printDoc(doc, seed, crlf, bom)
        try {
          checkAllPaths(src)
        } catch (e) {
          throw new Error(`${(e as Error).message}\n--- source ---\n${src}`)
        }
      }),
      { numRuns: 800 }
    )
  })
})
