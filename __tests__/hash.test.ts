import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DiagnosticError } from '../src/core/diagnostics/diagnostic.js'
import { LIMITS, parseToml, type TomlTable, type TomlValue } from '../src/core/manifest/toml.js'
import { canonicalJson } from '../src/core/hash/jcs.js'
import { hashText, manifestHash } from '../src/core/hash/hash.js'
import { explainHash, renderExplanation } from '../src/core/hash/explain.js'
import { describeRustok, RUSTOK_DIR } from './rustok-fixture.js'

/** RusToK's modules.toml; '' without the fixture (its suites are then skipped). */
const RUSTOK = RUSTOK_DIR ? readFileSync(path.join(RUSTOK_DIR, 'modules.toml'), 'utf8') : ''
const sha = (s: string) => 'sha256:' + createHash('sha256').update(s, 'utf8').digest('hex')
const parse = (text: string) => parseToml(text, 'modules.toml')

function diagnosticOf(fn: () => unknown): DiagnosticError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(DiagnosticError)
    return e as DiagnosticError
  }
  throw new Error('expected a DiagnosticError')
}

describe('canonicalJson / manifestHash: known vectors', () => {
  it('hashes a small manifest to a hand-computed JCS string and digest', () => {
    const text = [
      'schema = 2',
      'app = "demo"',
      '[modules]',
      'b = { crate = "b-crate", source = "path", path = "crates/b", depends_on = ["a"] }',
      'a = { crate = "a-crate", source = "path", path = "crates/a", required = true }'
    ].join('\n')
    const jcs =
      '{"app":"demo","modules":{"a":{"crate":"a-crate","path":"crates/a","required":true,"source":"path"},' +
      '"b":{"crate":"b-crate","depends_on":["a"],"path":"crates/b","source":"path"}},"schema":2}'
    expect(canonicalJson(parse(text))).toBe(jcs)
    // printf '%s' '<jcs>' | sha256sum
    const expected = 'sha256:a6f7400aaaad05971d4526170f48fd35696f786a09f487f8ba38875faea7b55f'
    expect(hashText(text, 'modules.toml')).toBe(expected)
    expect(manifestHash(parse(text))).toBe(expected)
  })

  it('sorts keys by UTF-16 code units (RFC 8785 section 3.2.3 example)', () => {
    const text = [
      '"\\u20ac" = "Euro Sign"',
      '"\\r" = "Carriage Return"',
      '"\\ufb33" = "Hebrew Letter Dalet With Dagesh"',
      '"1" = "One"',
      '"\\U0001F600" = "Emoji: Grinning Face"',
      '"\\u0080" = "Control"',
      '"\\u00f6" = "Latin Small Letter O With Diaeresis"'
    ].join('\n')
    const jcs =
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
      '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}'
    expect(canonicalJson(parse(text))).toBe(jcs)
    // printf of the UTF-8 bytes piped to sha256sum
    expect(hashText(text, 'k.toml')).toBe('sha256:5e321556d22018a9656991a9e94f77ec175fa193e52a2429d312f8419ec8b08c')
  })

  it('serializes numbers and strings like RFC 8785 section 3.2.2', () => {
    const text = [
      'numbers = [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001]',
      'string = "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"/"'
    ].join('\n')
    const jcs = '{"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    expect(canonicalJson(parse(text))).toBe(jcs)
    expect(hashText(text, 'n.toml')).toBe('sha256:70b3cac4f6e408cd931cce778dd6673a6ec6307ea041f6138ac716d66c357ff4')
  })

  it('writes integers and floats with equal values alike (ES number form)', () => {
    expect(canonicalJson(parse('a = 1\nb = 1.0\nc = -0.0\nd = 1e21\ne = 5e-324\nf = 0x10\ng = 1_000'))).toBe(
      '{"a":1,"b":1,"c":0,"d":1e+21,"e":5e-324,"f":16,"g":1000}'
    )
  })

  it('writes integers beyond the safe range as exact decimal digits', () => {
    const doc = parse('big = 9007199254740993\nneg = -9223372036854775808\nmax = 9223372036854775807\nsafe = 9007199254740991')
    expect(typeof doc.big).toBe('bigint')
    expect(canonicalJson(doc)).toBe(
      '{"big":9007199254740993,"max":9223372036854775807,"neg":-9223372036854775808,"safe":9007199254740991}'
    )
    expect(canonicalJson([1n, -2n, 12345678901234567890n])).toBe('[1,-2,12345678901234567890]')
  })

  it('writes dates and times as RFC 3339 strings of the same kind', () => {
    const doc = parse(
      [
        'odt = 1979-05-27T00:32:00-07:00',
        'utc = 1979-05-27 07:32:00z',
        'ldt = 1979-05-27T07:32:00.5',
        'ld = 1979-05-27',
        'lt = 07:32:00',
        'frac = 00:32:00.999999'
      ].join('\n')
    )
    expect(canonicalJson(doc)).toBe(
      '{"frac":"00:32:00.999","ld":"1979-05-27","ldt":"1979-05-27T07:32:00.500","lt":"07:32:00.000",' +
        '"odt":"1979-05-27T00:32:00.000-07:00","utc":"1979-05-27T07:32:00.000Z"}'
    )
    // The authored offset is kept: the same instant written with another offset hashes differently.
    expect(hashText('t = 1979-05-27T07:32:00Z', 'a')).not.toBe(hashText('t = 1979-05-27T00:32:00-07:00', 'a'))
    // Equivalent spellings (delimiter, z case, omitted seconds) hash alike.
    expect(hashText('t = 1979-05-27T07:32:00Z', 'a')).toBe(hashText('t = 1979-05-27 07:32z', 'a'))
    // A plain Date (not from smol-toml) is written in UTC.
    expect(canonicalJson([new Date(0)])).toBe('["1970-01-01T00:00:00.000Z"]')
  })

  it('refuses nan and inf with an invalid-value diagnostic naming the key', () => {
    for (const v of ['nan', '+nan', '-nan', 'inf', '+inf', '-inf']) {
      const err = diagnosticOf(() => hashText(`[build]\nweights = [1.5, ${v}]`, 'modules.toml'))
      expect(err.diagnostics).toHaveLength(1)
      expect(err.diagnostics[0]).toMatchObject({ rule: 'invalid-value', file: 'modules.toml', severity: 'error' })
      expect(err.diagnostics[0]!.message).toBe('build.weights.1 cannot be hashed: TOML nan/inf has no JSON form')
    }
    expect(diagnosticOf(() => canonicalJson(NaN)).diagnostics[0]!.message).toBe(
      'the document cannot be hashed: TOML nan/inf has no JSON form'
    )
  })

  it('refuses invalid dates and non-TOML values with DiagnosticError', () => {
    expect(diagnosticOf(() => canonicalJson({ d: new Date(NaN) })).diagnostics[0]!.message).toMatch(/^d cannot be hashed/)
    const odd = { a: { 'b c': undefined } } as unknown as TomlValue
    expect(diagnosticOf(() => canonicalJson(odd)).diagnostics[0]!.message).toBe('a."b c" cannot be hashed: it is not a TOML value')
  })

  it('handles empty containers, empty keys and deep nesting without recursion', () => {
    expect(canonicalJson(parse('"" = []\na = {}\n[b]'))).toBe('{"":[],"a":{},"b":{}}')
    let deep: TomlTable = { leaf: 1 }
    for (let i = 0; i < 100_000; i++) deep = { x: [deep] }
    const json = canonicalJson(deep)
    expect(json.startsWith('{"x":[{"x":[')).toBe(true)
    expect(json.length).toBe(100_000 * '{"x":[]}'.length + '{"leaf":1}'.length)
    // Dotted keys are not bounded by the parser's depth limit but by the pre-scan's (LIMITS.keyDepth):
    // up to it hashing works; beyond it the text is refused before the parse.
    expect(hashText('a' + '.a'.repeat(LIMITS.keyDepth - 1) + ' = 1', 'deep.toml')).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(() => hashText('a' + '.a'.repeat(300) + ' = 1', 'deep.toml')).toThrow(/nested 301 levels deep/)
  })

  it('hashes a 50,000-module document (its speed: npm run bench)', () => {
    const modules: TomlTable = {}
    for (let i = 0; i < 50_000; i++) {
      modules[`module_${i}`] = {
        crate: `rustok-module-${i}`,
        source: 'path',
        path: `crates/rustok-module-${i}`,
        depends_on: i > 0 ? [`module_${i - 1}`] : [],
        required: i % 7 === 0
      }
    }
    const h = manifestHash({ schema: 2, app: 'big', modules })
    expect(h).toMatch(/^sha256:[0-9a-f]{64}$/)
    ;(modules.module_49999 as TomlTable).required = true
    expect(manifestHash({ schema: 2, app: 'big', modules })).not.toBe(h)
  })
})

/** Removes comments outside strings (basic and literal, single-line: all RusToK uses). */
function stripComments(line: string): string {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '#') return line.slice(0, i).trimEnd()
  }
  return line
}

/** Splits `a = 1, b = [1, 2], c = "x,y"` at top-level commas. */
function splitTopLevel(s: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quote: string | null = null
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = null
    } else if (c === '"' || c === "'") quote = c
    else if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') depth--
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i).trim())
      start = i + 1
    }
  }
  parts.push(s.slice(start).trim())
  return parts.filter((p) => p !== '')
}

/** Comments removed, every `slug = { … }` under [modules] rewritten as a [modules.slug] table, CRLF. */
function rewriteRustok(text: string): string {
  const out: string[] = []
  let section = ''
  for (const raw of text.split('\n')) {
    const line = stripComments(raw)
    if (line.trim() === '') continue
    const header = /^\s*\[+([^\]]+)\]+\s*$/.exec(line)
    if (header) section = header[1]!.trim()
    const entry = section === 'modules' ? /^([A-Za-z0-9_-]+)\s*=\s*\{(.*)\}\s*$/.exec(line) : null
    if (entry) {
      out.push('', `[modules.${entry[1]}]`, ...splitTopLevel(entry[2]!))
    } else out.push(line)
  }
  return out.join('\r\n') + '\r\n'
}

describeRustok("RusToK's real modules.toml", () => {
  it('hashes, and the hash ignores CRLF, comments and inline-vs-table form', () => {
    const h = hashText(RUSTOK, 'modules.toml')
    expect(h).toMatch(/^sha256:[0-9a-f]{64}$/)
    const rewritten = rewriteRustok(RUSTOK)
    expect(rewritten).not.toContain('#')
    expect(rewritten).toContain('[modules.forum]\r\ncrate = "rustok-forum"\r\n')
    expect(rewritten).not.toMatch(/^\w+ = \{/m)
    expect(hashText(rewritten, 'modules.toml')).toBe(h)
    expect(hashText(RUSTOK.replace(/\n/g, '\r\n'), 'modules.toml')).toBe(h)
    expect(canonicalJson(parse(rewritten))).toBe(canonicalJson(parse(RUSTOK)))
    // A real edit does change it.
    expect(hashText(RUSTOK.replace('profile = "release"', 'profile = "dev"'), 'modules.toml')).not.toBe(h)
  })
})

describeRustok('explainHash', () => {
  const base = parse(RUSTOK)
  const edited = (): TomlTable => {
    const doc = structuredClone(base) as TomlTable
    const modules = doc.modules as TomlTable
    delete modules.blog
    modules.wiki = { crate: 'rustok-wiki', source: 'path', path: 'crates/rustok-wiki' }
    ;(modules.forum as TomlTable).depends_on = ['content']
    ;((doc.build as TomlTable).server as TomlTable).embed_admin = false
    ;(doc.settings as TomlTable).default_enabled = ['content']
    return doc
  }

  it('lists the top-level inputs with their hashes and collection sizes', () => {
    const e = explainHash(base)
    expect(e.manifest_hash).toBe(manifestHash(base))
    expect(e.changes).toBeNull()
    expect(e.inputs.map((i) => i.path)).toEqual(['app', 'build', 'modules', 'schema', 'settings'])
    const modules = e.inputs.find((i) => i.path === 'modules')!
    expect(modules.entries).toBe(Object.keys(base.modules as TomlTable).length)
    expect(modules.hash).toBe(sha(canonicalJson(base.modules as TomlValue)))
    expect(e.inputs.find((i) => i.path === 'build')!.entries).toBeUndefined()
    expect(e.inputs.find((i) => i.path === 'schema')!.hash).toBe(sha('2'))
    const coll = explainHash({ packages: { a: { v: 1 }, b: {} }, empty: {}, modules: {} })
    expect(coll.inputs).toEqual([
      { path: 'empty', hash: sha('{}') },
      { path: 'modules', hash: sha('{}'), entries: 0 },
      { path: 'packages', hash: sha('{"a":{"v":1},"b":{}}'), entries: 2 }
    ])
  })

  it('reports added, removed and changed modules and nested table changes, sorted', () => {
    const e = explainHash(edited(), base)
    expect(e.manifest_hash).toBe(manifestHash(edited()))
    expect(e.changes).toEqual([
      { path: 'build.server', kind: 'changed', keys: ['embed_admin'] },
      { path: 'modules.blog', kind: 'removed' },
      { path: 'modules.forum', kind: 'changed', keys: ['depends_on'] },
      { path: 'modules.wiki', kind: 'added' },
      { path: 'settings.default_enabled', kind: 'changed' }
    ])
    const text = renderExplanation(e)
    expect(text).toContain(e.manifest_hash)
    expect(text).toMatch(/comments, whitespace, key order, inline-vs-table form and CRLF/)
    expect(text).toContain('+ modules.wiki')
    expect(text).toContain('- modules.blog')
    expect(text).toContain('~ modules.forum (depends_on)')
    expect(text).toContain('~ build.server (embed_admin)')
    expect(text).toMatch(/modules +\d+ +sha256:/)
  })

  it('reports top-level additions, removals and type changes; lists key removals in keys', () => {
    const before: TomlTable = { schema: 2, old: 'x', build: { target: 'a' }, modules: { m: { crate: 'm', path: 'p' } } }
    const after: TomlTable = { schema: 3, new: true, build: 'flat', modules: { m: { crate: 'm', required: true }, 'a.b': {} } }
    expect(explainHash(after, before).changes).toEqual([
      { path: 'build', kind: 'changed' },
      { path: 'modules."a.b"', kind: 'added' },
      { path: 'modules.m', kind: 'changed', keys: ['path', 'required'] },
      { path: 'new', kind: 'added' },
      { path: 'old', kind: 'removed' },
      { path: 'schema', kind: 'changed' }
    ])
  })

  it('reports no changes for equal documents, however they are written', () => {
    const e = explainHash(parse(rewriteRustok(RUSTOK)), base)
    expect(e.changes).toEqual([])
    expect(e.manifest_hash).toBe(hashText(RUSTOK, 'modules.toml'))
    expect(renderExplanation(e)).toMatch(/\nno changes$/)
    expect(renderExplanation(explainHash(base))).not.toMatch(/changes/)
  })
})
