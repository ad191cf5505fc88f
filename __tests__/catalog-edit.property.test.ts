/**
 * Properties of the surgical modules.toml editor (src/core/catalog/edit.ts). Manifests are generated as
 * a model — module entries in inline or `[modules.<slug>]` style with comments and blank lines
 * around them, default_enabled in several array styles, LF or CRLF, with or without a final line
 * break — printed to TOML text, then edited by random sequences of inserts and removals:
 *
 *  - every edit succeeds and the result parses to the intended document;
 *  - every line the edit does not own is byte-identical (a line diff removes only lines of the
 *    entry / of the default_enabled statement);
 *  - insert then remove (of a module, of a default_enabled element) restores the text byte for byte.
 */
import { describe, expect, it } from '@jest/globals'
import { diffArrays } from 'diff'
import fc from 'fast-check'
import { addDefaultEnabled, addModule, removeDefaultEnabled, removeModule, type EditResult, type ModuleSpec } from '../src/core/catalog/edit.js'
import { scanStatements } from '../src/core/manifest/toml-scan.js'
import { crateProblem } from '../src/core/manifest/identifiers.js'
import { SOURCES } from '../src/core/manifest/schema.js'
import { isTable, parseToml, type TomlTable } from '../src/core/manifest/toml.js'

const FILE = 'modules.toml'
const SLUGS = ['blog', 'forum', 'page_builder', 'x-1', 'a', 'core9', 'social_graph', 'm0'] as const

interface Entry {
  slug: string
  spec: ModuleSpec
  /** Comment / blank lines printed before the entry. */
  before: string[]
  trailing: string
}

interface Model {
  eol: '\n' | '\r\n'
  finalBreak: boolean
  style: 'inline' | 'table'
  modulesHeader: boolean
  indent: string
  entries: Entry[]
  afterModules: string[]
  enabled: { list: string[]; style: number; comments: boolean } | null
}

const comment = fc.constantFrom('# Core modules', '# Модули домена (необязательные)', '# ───────────────', '#', '#   indented  # comment', '# [modules.fake] = "not a table"')
const filler = fc.array(fc.oneof(comment, fc.constant(''), fc.constant('   ')), { maxLength: 2 })
/** Path-like strings with characters that need escaping in TOML. */
const text = fc.oneof(fc.constantFrom('crates/blog', 'crates/rustok-blog', 'путь/модуль', 'a"b', 'back\\slash', 'tab\there', 'nl\nx', 'del\u007f', '😀'), fc.string({ maxLength: 12 }))
// Valid Cargo package names only: addModule refuses the ones that are Rust keywords (`do`, `fn`, …).
const crate = fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/).filter((c) => crateProblem(c) === null)

const spec: fc.Arbitrary<ModuleSpec> = fc.record({
  crate,
  source: fc.constantFrom(...SOURCES),
  path: text,
  git: text,
  rev: fc.stringMatching(/^[0-9a-f]{7,40}$/),
  version: fc.constantFrom('0.1', '>=0.1, <0.2', '=1.2.3'),
  required: fc.boolean(),
  depends_on: fc.array(fc.constantFrom(...SLUGS), { maxLength: 3 }),
  runtime: fc.constantFrom('module' as const, 'extension' as const),
  features: fc.array(fc.constantFrom('serde', 'full', 'a-b'), { maxLength: 2 })
})

const model: fc.Arbitrary<Model> = fc
  .record({
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    finalBreak: fc.boolean(),
    style: fc.constantFrom('inline' as const, 'table' as const),
    modulesHeader: fc.boolean(),
    indent: fc.constantFrom('', '', '  '),
    slugs: fc.uniqueArray(fc.constantFrom(...SLUGS), { maxLength: 5 }),
    specs: fc.array(spec, { minLength: 5, maxLength: 5 }),
    before: fc.array(filler, { minLength: 5, maxLength: 5 }),
    trailing: fc.array(fc.constantFrom('', '', '  # trailing note'), { minLength: 5, maxLength: 5 }),
    afterModules: filler,
    enabled: fc.option(fc.record({ list: fc.uniqueArray(fc.constantFrom(...SLUGS), { maxLength: 4 }), style: fc.integer({ min: 0, max: 5 }), comments: fc.boolean() }), { nil: null })
  })
  .map((r) => ({
    eol: r.eol,
    finalBreak: r.finalBreak,
    style: r.style,
    // Table style needs an entry or a [modules] header: otherwise an insert creates the table.
    modulesHeader: r.style === 'inline' || r.modulesHeader || r.slugs.length === 0,
    indent: r.style === 'inline' ? r.indent : '',
    entries: r.slugs.map((slug, i) => ({ slug, spec: r.specs[i]!, before: r.before[i]!, trailing: r.trailing[i]! })),
    afterModules: r.afterModules,
    enabled: r.enabled
  }))

function str(s: string): string {
  return JSON.stringify(s).replace(/\u007f/g, '\\u007F').replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
}

function entryBody(spec: ModuleSpec): Array<[string, string]> {
  const out: Array<[string, string]> = [['crate', str(spec.crate)], ['source', str(spec.source)]]
  if (spec.source === 'path') out.push(['path', str(spec.path!)])
  else if (spec.source === 'git') out.push(['git', str(spec.git!)], ['rev', str(spec.rev!)])
  else out.push(['version', str(spec.version!)])
  if (spec.required) out.push(['required', 'true'])
  if (spec.depends_on?.length) out.push(['depends_on', `[${spec.depends_on.map(str).join(', ')}]`])
  return out
}

function printEnabled(e: NonNullable<Model['enabled']>, eol: string): string[] {
  const items = e.list.map(str)
  const note = (i: number) => (e.comments && i % 2 === 0 ? ' # on by default' : '')
  switch (e.style) {
    case 0:
      return [`default_enabled = [${items.join(', ')}]`]
    case 1:
      return [`default_enabled = [${items.join(',')}]`]
    case 2:
      return [`default_enabled = [${items.join(', ')}${items.length ? ',' : ''}]`]
    case 3: // multi-line, trailing comma
      return ['default_enabled = [', ...items.map((x, i) => `    ${x},${note(i)}`), ']']
    case 4: // multi-line, no trailing comma
      return ['default_enabled = [', ...items.map((x, i) => `  ${x}${i < items.length - 1 ? ',' : ''}${note(i)}`), ']']
    default: // multi-line with a leading comment
      return ['default_enabled = [', '    # modules new tenants get', ...items.map((x) => `    ${x},`), ']']
  }
  void eol
}

function print(m: Model): string {
  const lines: string[] = ['# Manifest — generated by the property test', '', 'schema = 2', 'app = "rustok-server"', '', '[build]', 'profile = "release"  # комментарий', '']
  if (m.modulesHeader) lines.push('[modules]')
  for (const e of m.entries) {
    lines.push(...e.before)
    const body = entryBody(e.spec)
    if (m.style === 'inline') lines.push(`${m.indent}${e.slug} = { ${body.map(([k, v]) => `${k} = ${v}`).join(', ')} }${e.trailing}`)
    else lines.push(`[modules.${e.slug}]${e.trailing}`, ...body.map(([k, v]) => `${k} = ${v}`))
  }
  lines.push(...m.afterModules)
  if (m.enabled) lines.push('', '[settings]', ...printEnabled(m.enabled, m.eol))
  const out = lines.join(m.eol)
  return m.finalBreak ? out + m.eol : out
}

type Op = { t: 'add'; slug: string; spec: ModuleSpec } | { t: 'remove'; slug: string } | { t: 'enable'; slug: string } | { t: 'disable'; slug: string }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('add' as const), slug: fc.constantFrom(...SLUGS), spec }),
  fc.record({ t: fc.constant('remove' as const), slug: fc.constantFrom(...SLUGS) }),
  fc.record({ t: fc.constant('enable' as const), slug: fc.constantFrom(...SLUGS) }),
  fc.record({ t: fc.constant('disable' as const), slug: fc.constantFrom(...SLUGS) })
)

const splitLines = (t: string) => t.split(/(?<=\n)/)

/** Indexes (0-based) of the old lines a line diff of old → new removes. */
function removedLines(before: string, after: string): number[] {
  const out: number[] = []
  let i = 0
  for (const part of diffArrays(splitLines(before), splitLines(after))) {
    if (part.removed) for (let k = 0; k < part.count!; k++) out.push(i + k)
    if (!part.added) i += part.count!
  }
  return out
}

/** 0-based line indexes of text[start..end). */
function lineRange(t: string, start: number, end: number): number[] {
  const first = t.slice(0, start).split('\n').length - 1
  const last = t.slice(0, Math.max(start, end - 1)).split('\n').length - 1
  return Array.from({ length: last - first + 1 }, (_, k) => first + k)
}

/** Lines an edit may rewrite: the module's statements (and blank lines next to them), or the default_enabled statement. */
function ownedLines(t: string, o: Op): Set<number> {
  const owned = new Set<number>()
  const stmts = scanStatements(t)
  const lines = splitLines(t)
  stmts.forEach((s, i) => {
    const mine = o.t === 'remove' ? s.path[0] === 'modules' && s.path[1] === o.slug : s.path[0] === 'settings' && s.path[1] === 'default_enabled'
    if (!mine) return
    let end = s.lineEnd
    if (s.kind === 'header') for (let j = i + 1; j < stmts.length && stmts[j]!.kind === 'keyval'; j++) end = stmts[j]!.lineEnd
    for (const l of lineRange(t, s.lineStart, end)) owned.add(l)
  })
  // A block's separating blank line (before or after it) may go with it; so may the line break of
  // a last line that has none.
  // (A run of blank lines counts as one: a line diff cannot tell which of them went.)
  const blank = (n: number) => lines[n] !== undefined && /^[ \t]*\r?\n?$/.test(lines[n]!)
  for (const l of [...owned]) {
    for (let n = l - 1; blank(n); n--) owned.add(n)
    for (let n = l + 1; blank(n); n++) owned.add(n)
  }
  // At the end of a text without a final line break, the last line (and the one before) gain or lose the break.
  if (!t.endsWith('\n')) {
    let n = lines.length - 1
    while (owned.has(n)) n--
    owned.add(n).add(lines.length - 1)
  }
  return owned
}

function intended(data: TomlTable, o: Op, table: TomlTable | null): TomlTable {
  const modules = isTable(data.modules) ? { ...data.modules } : {}
  const settings = isTable(data.settings) ? { ...data.settings } : {}
  const list = Array.isArray(settings.default_enabled) ? settings.default_enabled : undefined
  if (o.t === 'add') return { ...data, modules: { ...modules, [o.slug]: table! } }
  if (o.t === 'remove') {
    delete modules[o.slug]
    return { ...data, modules }
  }
  if (o.t === 'enable') return list?.includes(o.slug) ? data : { ...data, settings: { ...settings, default_enabled: [...(list ?? []), o.slug] } }
  return list ? { ...data, settings: { ...settings, default_enabled: list.filter((x) => x !== o.slug) } } : data
}

function run(t: string, o: Op): EditResult {
  if (o.t === 'add') return addModule(t, FILE, o.slug, o.spec)
  if (o.t === 'remove') return removeModule(t, FILE, o.slug)
  if (o.t === 'enable') return addDefaultEnabled(t, FILE, o.slug)
  return removeDefaultEnabled(t, FILE, o.slug)
}

const inverse = (o: Op): Op | null => (o.t === 'add' ? { t: 'remove', slug: o.slug } : o.t === 'enable' ? { t: 'disable', slug: o.slug } : null)

describe('surgical edits of modules.toml (properties)', () => {
  it('the printer makes valid TOML of the model', () => {
    fc.assert(
      fc.property(model, (m) => {
        const data = parseToml(print(m), FILE)
        expect(Object.keys((data.modules as TomlTable | undefined) ?? {})).toEqual(m.entries.map((e) => e.slug))
      }),
      { numRuns: 200 }
    )
  })

  it('random edits: the intended document, untouched lines byte-identical, inverses restore the text', () => {
    fc.assert(
      fc.property(model, fc.array(op, { minLength: 1, maxLength: 6 }), (m, ops) => {
        let t = print(m)
        for (const o of ops) {
          const data = parseToml(t, FILE)
          const modules = isTable(data.modules) ? data.modules : {}
          const present = Object.hasOwn(modules, o.slug)
          // Only meaningful operations: add an absent module, remove a present one.
          if ((o.t === 'add' && present) || (o.t === 'remove' && !present)) continue
          const r = run(t, o)
          if (!r.ok) throw new Error(`${o.t} ${o.slug} refused: ${r.diagnostics.map((d) => d.message).join('; ')}\n${t}`)
          const table = o.t === 'add' ? (parseToml(r.text, FILE).modules as TomlTable)[o.slug] as TomlTable : null
          expect(parseToml(r.text, FILE)).toEqual(intended(data, o, table))
          if (m.eol === '\r\n') expect(r.text.replace(/\r\n/g, '').includes('\n')).toBe(false)
          else expect(r.text.includes('\r')).toBe(false)

          const removed = removedLines(t, r.text)
          {
            const owned = o.t === 'add' ? ownedLines(t, { t: 'remove', slug: '\0none' }) : ownedLines(t, o)
            for (const l of removed) if (!owned.has(l)) throw new Error(`${o.t} ${o.slug} changed line ${l + 1} it does not own:\n${t}\n---\n${r.text}`)
          }
          // Enabling where there is no default_enabled creates it; only then is there no way back.
          const hadList = isTable(data.settings) && Array.isArray(data.settings.default_enabled)
          const inv = o.t === 'enable' && !hadList ? null : inverse(o)
          if (inv && r.text !== t) {
            const back = run(r.text, inv)
            if (!back.ok) throw new Error(`inverse refused: ${back.diagnostics.map((d) => d.message).join('; ')}`)
            expect(back.text).toBe(t)
          }
          t = r.text
        }
      }),
      { numRuns: 400 }
    )
  })

  it('a new entry follows the file style: one inline line, or a [modules.<slug>] block', () => {
    fc.assert(
      fc.property(model, spec, (m, s) => {
        const t = print(m)
        const slug = 'newmod'
        const r = addModule(t, FILE, slug, s)
        if (!r.ok) throw new Error(r.diagnostics[0]!.message)
        const added = r.text.split(/\r?\n/).filter((l) => !t.split(/\r?\n/).includes(l))
        if (m.style === 'inline' && m.entries.length) {
          expect(added).toHaveLength(1)
          expect(added[0]).toMatch(new RegExp(`^${m.indent}newmod = \\{ crate = `))
        } else if (m.style === 'table' && m.entries.length) {
          expect(added[0]).toBe('[modules.newmod]')
        }
      }),
      { numRuns: 200 }
    )
  })
})
