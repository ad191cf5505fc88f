/**
 * Surgical edits of an app's Cargo.toml (src/core/catalog/cargo-edit.ts): an install declares the
 * module's optional dependency and its `mod-<slug>` feature, an uninstall removes them again.
 * Golden edits of the shop example's and RusToK's real server Cargo.toml (read in place), the
 * "already declared" forms, hand-written declarations an uninstall keeps, layouts without the
 * sections, refusals; and a property over generated Cargo.toml texts: add then remove is the
 * identity, and add parses to the original document plus exactly the two keys.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { diffArrays } from 'diff'
import fc from 'fast-check'
import { addCargoDeclarations, removeCargoDeclarations, type CargoDeclarations, type CargoEditResult } from '../src/core/catalog/cargo-edit.js'
import { tomlString } from '../src/core/manifest/toml-write.js'
import { isTable, parseToml, type TomlTable } from '../src/core/manifest/toml.js'
import { describeRustok, RUSTOK_DIR } from './rustok-fixture.js'

const SHOP = readFileSync(new URL('../examples/shop/apps/server/Cargo.toml', import.meta.url), 'utf8')
/** RusToK's apps/server/Cargo.toml; '' without the fixture (its tests are then skipped). */
const RUSTOK = RUSTOK_DIR ? readFileSync(path.join(RUSTOK_DIR, 'apps', 'server', 'Cargo.toml'), 'utf8') : ''
const FILE = 'apps/server/Cargo.toml'

const NEWSLETTER: CargoDeclarations = {
  dependency: { key: 'shop-newsletter', table: { version: '0.4.2', optional: true } },
  feature: { name: 'mod-newsletter', items: ['dep:shop-newsletter', 'mod-blog'] }
}
const DEP_LINE = 'shop-newsletter = { version = "0.4.2", optional = true }'
const FEATURE_LINE = 'mod-newsletter = ["dep:shop-newsletter", "mod-blog"]'

function ok(r: CargoEditResult): { text: string; changes: string[] } {
  if (!r.ok) throw new Error(`edit refused: ${r.diagnostics.map((d) => d.message).join('; ')}`)
  return r
}

/** The lines a line diff of before → after adds, with the 0-based index each has in `after`. */
function added(before: string, after: string): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let i = 0
  for (const part of diffArrays(before.split(/\r?\n/), after.split(/\r?\n/))) {
    if (part.removed) throw new Error(`lines removed: ${JSON.stringify(part.value)}`)
    if (part.added) part.value.forEach((l, k) => out.push([i + k, l]))
    i += part.removed ? 0 : part.count!
  }
  return out
}

/** `data` with `key` = `value` in table `section`. */
function plus(data: TomlTable, section: string, key: string, value: TomlTable[string]): TomlTable {
  const t = isTable(data[section]) ? data[section] : {}
  return { ...data, [section]: { ...t, [key]: value } }
}

const crlf = (t: string) => t.replace(/\n/g, '\r\n')

describe('golden edits of real Cargo.toml files', () => {
  it('shop: newsletter lands after shop-storefront and after mod-search', () => {
    const r = ok(addCargoDeclarations(SHOP, FILE, NEWSLETTER))
    expect(r.changes).toEqual(['[dependencies] shop-newsletter', '[features] mod-newsletter'])
    const expected = SHOP.replace('mod-search = ["dep:shop-search"]\n', `mod-search = ["dep:shop-search"]\n${FEATURE_LINE}\n`).replace(
      'shop-storefront = { workspace = true, optional = true }\n',
      `shop-storefront = { workspace = true, optional = true }\n${DEP_LINE}\n`
    )
    expect(expected).not.toBe(SHOP)
    expect(r.text).toBe(expected)
    const lines = SHOP.split('\n')
    expect(added(SHOP, r.text)).toEqual([
      [lines.indexOf('mod-search = ["dep:shop-search"]') + 1, FEATURE_LINE],
      [lines.indexOf('shop-storefront = { workspace = true, optional = true }') + 2, DEP_LINE]
    ])
    expect(parseToml(r.text, FILE)).toEqual(plus(plus(parseToml(SHOP, FILE), 'dependencies', 'shop-newsletter', { version: '0.4.2', optional: true }), 'features', 'mod-newsletter', ['dep:shop-newsletter', 'mod-blog']))
    // Installing again changes nothing; uninstalling restores the file.
    expect(ok(addCargoDeclarations(r.text, FILE, NEWSLETTER))).toEqual({ ok: true, text: r.text, changes: [] })
    const back = ok(removeCargoDeclarations(r.text, FILE, NEWSLETTER))
    expect(back).toEqual({ ok: true, text: SHOP, changes: ['[dependencies] shop-newsletter', '[features] mod-newsletter'] })
  })

})

describeRustok('golden edits of RusToK\'s server Cargo.toml', () => {
  it('RusToK: exactly two lines, after `ai-translation = [...]` and after the last [dependencies] statement', () => {
    // [features] ends with ai-translation (after multi-line arrays in the middle); [dependencies]
    // has a blank line and a comment inside and ends with sea-orm-migration before [dev-dependencies].
    const decl: CargoDeclarations = {
      dependency: { key: 'rustok-newsletter', table: { git: 'https://github.com/rustok/rustok-newsletter', rev: '0123456789abcdef0123456789abcdef01234567', optional: true } },
      feature: { name: 'mod-newsletter', items: ['dep:rustok-newsletter', 'mod-content', 'mod-notifications'] }
    }
    const r = ok(addCargoDeclarations(RUSTOK, FILE, decl))
    expect(r.changes).toEqual(['[dependencies] rustok-newsletter', '[features] mod-newsletter'])
    const lines = RUSTOK.split('\n')
    const feature = lines.indexOf('ai-translation = ["mod-ai", "mod-translation", "rustok-distribution/ai-translation"]')
    const dep = lines.indexOf('sea-orm-migration.workspace = true')
    expect([feature, dep].every((i) => i > 0)).toBe(true)
    expect(lines[feature + 2]).toBe('[dependencies]')
    expect(lines[dep + 2]).toBe('[dev-dependencies]')
    expect(added(RUSTOK, r.text)).toEqual([
      [feature + 1, 'mod-newsletter = ["dep:rustok-newsletter", "mod-content", "mod-notifications"]'],
      [dep + 2, 'rustok-newsletter = { git = "https://github.com/rustok/rustok-newsletter", rev = "0123456789abcdef0123456789abcdef01234567", optional = true }']
    ])
    expect(ok(removeCargoDeclarations(r.text, FILE, decl)).text).toBe(RUSTOK)
  })

  it('RusToK: what is declared already (alignment-padded keys, multi-line feature) is left alone', () => {
    const blog: CargoDeclarations = { dependency: { key: 'rustok-blog', table: { workspace: true, optional: true } }, feature: { name: 'mod-translation', items: [] } }
    expect(ok(addCargoDeclarations(RUSTOK, FILE, blog))).toEqual({ ok: true, text: RUSTOK, changes: [] })
    // The padded `rustok-cart      = { ... }` parses to the declaration: uninstall removes that one line.
    const cart: CargoDeclarations = { dependency: { key: 'rustok-cart', table: { workspace: true, optional: true } } }
    const r = ok(removeCargoDeclarations(RUSTOK, FILE, cart))
    expect(r.changes).toEqual(['[dependencies] rustok-cart'])
    expect(r.text).toBe(RUSTOK.replace('rustok-cart      = { workspace = true, optional = true }\n', ''))
    // The multi-line mod-translation feature is kept even when the value matches.
    const translation = ['dep:rustok-translation', 'rustok-translation/graphql', 'rustok-distribution/mod-translation']
    expect(ok(removeCargoDeclarations(RUSTOK, FILE, { feature: { name: 'mod-translation', items: translation } }))).toEqual({ ok: true, text: RUSTOK, changes: [] })
  })
})

describe('add then remove restores the file byte for byte', () => {
  const variants: Array<[string, string]> = [
    ['shop, LF', SHOP],
    ['shop, CRLF', crlf(SHOP)],
    ['shop, no final line break', SHOP.slice(0, -1)],
    ['shop, CRLF, no final line break', crlf(SHOP).slice(0, -2)],
    ...(RUSTOK_DIR ? ([['RusToK', RUSTOK], ['RusToK, CRLF', crlf(RUSTOK)]] as Array<[string, string]>) : []),
    ['empty sections at the end, no final line break', '[package]\nname = "x"\n\n[features]\n\n[dependencies]'],
    ['empty sections, CRLF', '[package]\r\nname = "x"\r\n[dependencies]\r\n# nothing yet\r\n\r\n[features]\r\n']
  ]
  it.each(variants)('%s', (_name, text) => {
    const r = ok(addCargoDeclarations(text, FILE, NEWSLETTER))
    expect(r.changes).toHaveLength(2)
    const eol = text.includes('\r\n') ? '\r\n' : '\n'
    expect(r.text.split(eol).filter((l) => l === DEP_LINE || l === FEATURE_LINE)).toHaveLength(2)
    if (eol === '\r\n') expect(r.text.replace(/\r\n/g, '')).not.toContain('\n')
    else expect(r.text).not.toContain('\r')
    expect(ok(removeCargoDeclarations(r.text, FILE, NEWSLETTER))).toEqual({ ok: true, text, changes: r.changes })
  })

  it('each declaration alone', () => {
    for (const decl of [{ dependency: NEWSLETTER.dependency! }, { feature: NEWSLETTER.feature! }, {}]) {
      const r = ok(addCargoDeclarations(SHOP, FILE, decl))
      expect(r.changes).toHaveLength(Object.keys(decl).length)
      expect(added(SHOP, r.text).map(([, l]) => l)).toEqual(decl.dependency ? [DEP_LINE] : decl.feature ? [FEATURE_LINE] : [])
      expect(ok(removeCargoDeclarations(r.text, FILE, decl)).text).toBe(SHOP)
    }
  })
})

describe('placement', () => {
  it('after the last statement of the section, before the comments and blank lines leading to the next header', () => {
    const text = '[features]\ndefault = [\n  "a", # first\n  "b",\n] # trailing\n\n# the dependencies\n[dependencies]\nserde = "1" # note\n  # indented comment\n\n[dev-dependencies]\ntempfile = "3"\n'
    const r = ok(addCargoDeclarations(text, FILE, NEWSLETTER))
    expect(r.text).toBe(
      `[features]\ndefault = [\n  "a", # first\n  "b",\n] # trailing\n${FEATURE_LINE}\n\n# the dependencies\n[dependencies]\nserde = "1" # note\n${DEP_LINE}\n  # indented comment\n\n[dev-dependencies]\ntempfile = "3"\n`
    )
  })

  it('right after the header of an empty section; [target.…dependencies] and [dependencies.x] are other sections', () => {
    const text = "[dependencies]\n# none yet\n\n[dependencies.serde]\nversion = \"1\"\n\n[target.'cfg(unix)'.dependencies]\nlibc = \"0.2\"\n\n[features] # flags\n"
    const r = ok(addCargoDeclarations(text, FILE, NEWSLETTER))
    expect(r.text).toBe(`[dependencies]\n${DEP_LINE}\n# none yet\n\n[dependencies.serde]\nversion = "1"\n\n[target.'cfg(unix)'.dependencies]\nlibc = "0.2"\n\n[features] # flags\n${FEATURE_LINE}\n`)
    expect(ok(removeCargoDeclarations(r.text, FILE, NEWSLETTER)).text).toBe(text)
  })

  it('no [dependencies] / [features] header: appended at the end (the headers stay on removal)', () => {
    for (const [text, expected] of [
      ['[package]\nname = "x"\n', `[package]\nname = "x"\n\n[dependencies]\n${DEP_LINE}\n\n[features]\n${FEATURE_LINE}\n`],
      ['[package]\nname = "x"', `[package]\nname = "x"\n\n[dependencies]\n${DEP_LINE}\n\n[features]\n${FEATURE_LINE}\n`],
      ['[package]\r\nname = "x" # c', `[package]\r\nname = "x" # c\r\n\r\n[dependencies]\r\n${DEP_LINE}\r\n\r\n[features]\r\n${FEATURE_LINE}\r\n`],
      ['[features]\nx = []\n', `[features]\nx = []\n${FEATURE_LINE}\n\n[dependencies]\n${DEP_LINE}\n`]
    ] as const) {
      const r = ok(addCargoDeclarations(text, FILE, NEWSLETTER))
      expect(r.text).toBe(expected)
      const back = ok(removeCargoDeclarations(r.text, FILE, NEWSLETTER))
      expect(back.changes).toHaveLength(2)
      expect(parseToml(back.text, FILE)).toEqual({ ...parseToml(text, FILE), dependencies: {}, features: { ...(text.includes('x = []') ? { x: [] } : {}) } })
    }
  })

  it('keys and values are written as TOML: quoted keys, escaped strings, arrays, nested tables', () => {
    const decl: CargoDeclarations = {
      dependency: { key: 'odd.crate', table: { path: '../../crates/"x"\\y', features: ['a', 'b-c'], optional: true, nested: { k: 'v' }, empty: {} } },
      feature: { name: 'mod x', items: [] }
    }
    const r = ok(addCargoDeclarations('[dependencies]\n[features]\n', FILE, decl))
    expect(r.text).toBe(`[dependencies]\n"odd.crate" = { path = ${tomlString('../../crates/"x"\\y')}, features = ["a", "b-c"], optional = true, nested = { k = "v" }, empty = {} }\n[features]\n"mod x" = []\n`)
    expect(ok(removeCargoDeclarations(r.text, FILE, decl)).text).toBe('[dependencies]\n[features]\n')
  })
})

describe('already declared: nothing added, no change listed', () => {
  const base = (deps: string, features = '') => `[package]\nname = "app"\n\n[features]\n${features}\n[dependencies]\n${deps}`
  it.each([
    ['a plain version', base('shop-newsletter = "0.4"\n')],
    ['a quoted key', base('"shop-newsletter" = { path = "x" }\n')],
    ['workspace inheritance', base('shop-newsletter.workspace = true\n')],
    ['a [dependencies.<crate>] table', `${base('serde = "1"\n')}\n[dependencies.shop-newsletter]\nversion = "0.1"\n`],
    ['a renamed dependency (package = crate)', base('newsletter = { package = "shop-newsletter", version = "0.4.2", optional = true }\n')],
    ['a renamed dependency as a table', `${base('')}\n[dependencies.news]\npackage = "shop-newsletter"\n`]
  ])('dependency: %s', (_name, text) => {
    const r = ok(addCargoDeclarations(text, FILE, { dependency: NEWSLETTER.dependency! }))
    expect(r).toEqual({ ok: true, text, changes: [] })
    // With the feature as well, only the feature is added.
    const both = ok(addCargoDeclarations(text, FILE, NEWSLETTER))
    expect(both.changes).toEqual(['[features] mod-newsletter'])
    expect(added(text, both.text).map(([, l]) => l)).toEqual([FEATURE_LINE])
  })

  it('feature: any value, any form', () => {
    for (const f of ['mod-newsletter = []\n', 'mod-newsletter = [\n  "dep:other",\n]\n', '"mod-newsletter" = ["x"]\n']) {
      const text = base('', f)
      expect(ok(addCargoDeclarations(text, FILE, { feature: NEWSLETTER.feature! }))).toEqual({ ok: true, text, changes: [] })
    }
  })
})

describe('remove keeps what is written differently', () => {
  it('a different value, a multi-line statement, a table or dotted form: kept, no change listed', () => {
    for (const text of [
      '[dependencies]\nshop-newsletter = { version = "0.4.1", optional = true }\n[features]\nmod-newsletter = ["dep:shop-newsletter"]\n',
      '[dependencies]\nshop-newsletter = { version = "0.4.2" }\n[features]\nmod-newsletter = ["mod-blog", "dep:shop-newsletter"]\n',
      '[dependencies]\nshop-newsletter = { version = "0.4.2", optional = true, features = ["x"] }\n[features]\nmod-newsletter = [\n  "dep:shop-newsletter",\n  "mod-blog",\n]\n',
      '[dependencies.shop-newsletter]\nversion = "0.4.2"\noptional = true\n[features]\nmod-newsletter = [\n"dep:shop-newsletter", "mod-blog"]\n',
      '[dependencies]\nshop-newsletter.version = "0.4.2"\nshop-newsletter.optional = true\n'
    ]) {
      expect(ok(removeCargoDeclarations(text, FILE, NEWSLETTER))).toEqual({ ok: true, text, changes: [] })
    }
  })

  it('the same value written by hand on one line is removed with its line (comment included)', () => {
    const text = '[dependencies]\nserde = "1"\n  shop-newsletter={optional=true,"version"=\'0.4.2\'} # added by hand\n\n[features]\nmod-newsletter = [ "dep:shop-newsletter" , "mod-blog" ]\nx = []'
    const r = ok(removeCargoDeclarations(text, FILE, NEWSLETTER))
    expect(r).toEqual({ ok: true, text: '[dependencies]\nserde = "1"\n\n[features]\nx = []', changes: ['[dependencies] shop-newsletter', '[features] mod-newsletter'] })
  })

  it('only the matching one of the two goes', () => {
    const text = '[dependencies]\nshop-newsletter = { version = "0.4.2", optional = true }\n[features]\nmod-newsletter = ["dep:shop-newsletter", "mod-forum"]\n'
    const r = ok(removeCargoDeclarations(text, FILE, NEWSLETTER))
    expect(r).toEqual({ ok: true, text: '[dependencies]\n[features]\nmod-newsletter = ["dep:shop-newsletter", "mod-forum"]\n', changes: ['[dependencies] shop-newsletter'] })
  })

  it('nothing declared: unchanged', () => {
    expect(ok(removeCargoDeclarations(SHOP, FILE, NEWSLETTER))).toEqual({ ok: true, text: SHOP, changes: [] })
  })
})

describe('refusals', () => {
  it('a file that does not parse: its own diagnostics', () => {
    for (const edit of [addCargoDeclarations, removeCargoDeclarations]) {
      const r = edit('[dependencies\nx = 1\n', FILE, NEWSLETTER)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.diagnostics.map((d) => [d.rule, d.file])).toEqual([['toml-syntax', FILE]])
    }
  })

  it('sections written as root keys, values that cannot be written, edits that would not verify', () => {
    const cases: Array<[string, CargoDeclarations, RegExp]> = [
      ['dependencies = { serde = "1" }\n', NEWSLETTER, /written as keys of the root table/],
      ['features.x = []\n[dependencies]\n', NEWSLETTER, /written as keys of the root table/],
      ['dependencies = 1\n', NEWSLETTER, /`dependencies` is not a table/],
      ['[dependencies]\n', { dependency: { key: 'x', table: { version: 1.5 } } }, /has a type this editor does not write/],
      // A lone surrogate is written as an escape TOML rejects: the re-parse catches it.
      ['[dependencies]\n', { dependency: { key: 'x', table: { version: '\ud800' } } }, /does not parse/]
    ]
    for (const [text, decl, why] of cases) {
      const r = addCargoDeclarations(text, FILE, decl)
      expect(r.ok).toBe(false)
      if (r.ok) continue
      expect(r.diagnostics).toHaveLength(1)
      expect(r.diagnostics[0]).toMatchObject({ severity: 'error', rule: 'edit-verification-failed', file: FILE })
      expect(r.diagnostics[0]!.message).toMatch(why)
      expect(r.diagnostics[0]!.message).toMatch(/nothing was written$/)
    }
  })
})

// ───────────────────────────── property ─────────────────────────────

interface Model {
  eol: '\n' | '\r\n'
  finalBreak: boolean
  sections: Array<{ header: string; lines: string[] }>
}

const comment = fc.constantFrom('# a comment', '# [dependencies] in a comment', '#', '   # indented', '# Модули — комментарий', '# mod-newsletter = ["x"]')
const filler = fc.array(fc.oneof(comment, fc.constant(''), fc.constant('  ')), { maxLength: 2 })
const trailing = fc.constantFrom('', '', ' # note', '   # [features]')
const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/).filter((k) => !k.includes('newsletter'))
const depValue = fc.constantFrom(
  '"1.0"',
  '{ workspace = true }',
  '{ workspace = true, optional = true }',
  "{ path = '../x', default-features = false, features = [\"a\", 'b'] }",
  '{version="0.1",optional=true}',
  '"=1.2.3"'
)
const featValue = fc.constantFrom('[]', '["dep:x"]', '["a", "b/c"]', '[\n    "a",\n    # inside\n    "b",\n]', '[ "x" ,\n"y" ]')

/** A section's statements: unique keys, filler between them, values of the section's kind. */
const section = (header: string, value: fc.Arbitrary<string>, dotted: boolean) =>
  fc
    .uniqueArray(key, { maxLength: 5 })
    .chain((keys) =>
      fc.tuple(fc.constant(keys), fc.array(filler, { minLength: keys.length + 1, maxLength: keys.length + 1 }), fc.array(fc.tuple(value, trailing, fc.boolean()), { minLength: keys.length, maxLength: keys.length }))
    )
    .map(([keys, fill, vals]) => {
      const lines: string[] = [...fill[0]!]
      keys.forEach((k, i) => {
        const [v, t, dot] = vals[i]!
        lines.push(dotted && dot ? `${k}.workspace = true${t}` : `${k} = ${v}${t}`, ...fill[i + 1]!)
      })
      return { header, lines }
    })

const model: fc.Arbitrary<Model> = fc
  .record({
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    finalBreak: fc.boolean(),
    deps: section('[dependencies]', depValue, true),
    features: section('[features]  # flags', featValue, false),
    others: fc.uniqueArray(
      fc.oneof(
        section('[dev-dependencies]', depValue, true),
        section("[target.'cfg(unix)'.dependencies]", depValue, false),
        section('[dependencies.serde-newsletter-sub]', fc.constantFrom('"1"', 'true', '["derive"]'), false),
        section('[package.metadata.x]', featValue, false),
        fc.constant<Model['sections'][number]>({ header: '[[bin]]', lines: ['name = "tool"', 'path = "src/tool.rs"'] })
      ),
      { maxLength: 3, selector: (s) => s.header }
    ),
    order: fc.integer({ min: 0, max: 5 })
  })
  .map((r) => {
    const rest = [r.deps, r.features, ...r.others]
    // Rotated: [dependencies] / [features] anywhere, [dependencies.<x>] before or after [dependencies].
    const rotated = [...rest.slice(r.order % rest.length), ...rest.slice(0, r.order % rest.length)]
    return { eol: r.eol, finalBreak: r.finalBreak, sections: [{ header: '[package]', lines: ['name = "app"', 'version = "0.1.0"'] }, ...rotated] }
  })

function print(m: Model): string {
  const out = m.sections.flatMap((s) => [s.header, ...s.lines]).join('\n').split('\n').join(m.eol)
  return m.finalBreak ? out + m.eol : out
}

const name = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}newsletter$/), fc.constantFrom('newsletter.rs', 'news letter', 'новости-newsletter'))
const str = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('a"b', 'back\\slash', 'tab\there', 'nl\nx', 'del\u007f', '😀', 'путь'))
const decl: fc.Arbitrary<CargoDeclarations> = fc
  .record({
    key: name,
    table: fc.oneof(
      fc.record({ version: fc.constantFrom('0.4.2', '>=0.1, <0.2', '=1.0.0'), optional: fc.constant(true) }),
      fc.record({ git: str, rev: fc.stringMatching(/^[0-9a-f]{40}$/), optional: fc.constant(true) }),
      fc.record({ path: str, optional: fc.boolean(), features: fc.array(str, { maxLength: 2 }) })
    ),
    feature: name.map((n) => `mod-${n}`),
    items: fc.array(str, { maxLength: 3 })
  })
  .map((r) => ({ dependency: { key: r.key, table: r.table }, feature: { name: r.feature, items: [`dep:${r.key}`, ...r.items] } }))

describe('property: generated Cargo.toml texts', () => {
  it('add parses to the original plus exactly the two keys, touches no other line; remove restores the text', () => {
    fc.assert(
      fc.property(model, decl, (m, d) => {
        const text = print(m)
        const before = parseToml(text, FILE)
        const r = ok(addCargoDeclarations(text, FILE, d))
        expect(r.changes).toEqual([`[dependencies] ${d.dependency!.key}`, `[features] ${d.feature!.name}`])
        expect(parseToml(r.text, FILE)).toEqual(plus(plus(before, 'dependencies', d.dependency!.key, d.dependency!.table), 'features', d.feature!.name, d.feature!.items))
        expect(added(text, r.text)).toHaveLength(2)
        if (m.eol === '\n') expect(r.text).not.toContain('\r')
        else expect(r.text.replace(/\r\n/g, '')).not.toContain('\n')
        expect(ok(removeCargoDeclarations(r.text, FILE, d))).toEqual({ ok: true, text, changes: r.changes })
        // A second install is a no-op.
        expect(ok(addCargoDeclarations(r.text, FILE, d))).toEqual({ ok: true, text: r.text, changes: [] })
      }),
      { numRuns: 300 }
    )
  })
})
