/**
 * Hostile manifest values never break out of generated Rust: identifiers with quotes, `//`, `;`,
 * `}`, newlines or Cyrillic look-alikes are refused before generation (with a located
 * diagnostic); free text is escaped, and reading the string literals of the generated file back
 * gives the original values while the code around them stays exactly the same.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { pascal, rustString, valueProblem } from '../src/core/codegen/rust.js'
import { planMini, type MiniOptions } from './codegen-helpers.js'

/** A small lexer for the generated Rust: string literals decoded, everything else kept. */
function lexRust(src: string): { skeleton: string; literals: string[] } {
  let skeleton = ''
  const literals: string[] = []
  let i = 0
  while (i < src.length) {
    if (src.startsWith('//', i)) {
      const end = src.indexOf('\n', i)
      skeleton += '//'
      i = end === -1 ? src.length : end
    } else if (src[i] === '"') {
      let value = ''
      i++
      for (;;) {
        if (i >= src.length) throw new Error('unterminated string literal')
        const c = src[i]!
        if (c === '"') break
        if (c === '\n' || c === '\r') throw new Error('raw line break inside a string literal')
        if (c !== '\\') {
          const cp = src.codePointAt(i)!
          value += String.fromCodePoint(cp)
          i += cp > 0xffff ? 2 : 1
          continue
        }
        const e = src[i + 1]
        const simple: Record<string, string> = { '\\': '\\', '"': '"', n: '\n', r: '\r', t: '\t', '0': '\0', "'": "'" }
        if (e !== undefined && simple[e] !== undefined) {
          value += simple[e]
          i += 2
        } else if (e === 'u') {
          const m = /^\\u\{([0-9a-fA-F]{1,6})\}/.exec(src.slice(i, i + 10))
          if (!m) throw new Error('bad \\u escape')
          value += String.fromCodePoint(parseInt(m[1]!, 16))
          i += m[0].length
        } else throw new Error(`unknown escape \\${e}`)
      }
      i++
      skeleton += '""'
      literals.push(value)
    } else skeleton += src[i++]
  }
  return { skeleton, literals }
}

const RAW_DANGER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/

function rendered(o: MiniOptions): Record<string, string> {
  const { plan } = planMini(o)
  expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  return Object.fromEntries(plan.files.filter((f) => f.kind === 'registry').map((f) => [f.path.split('/')[1]!, f.content]))
}

const benign = rendered({})

describe('rustString', () => {
  it('escapes backslash, quote, control, separator, bidi and zero-width characters; keeps other text', () => {
    expect(rustString('a\\b"c')).toBe('a\\\\b\\"c')
    expect(rustString('line\nnext\r\t\0')).toBe('line\\u{a}next\\u{d}\\u{9}\\u{0}')
    expect(rustString('\u2028\u2029\u202e\u2066\u200b\ufeff\u007f\u0085')).toBe('\\u{2028}\\u{2029}\\u{202e}\\u{2066}\\u{200b}\\u{feff}\\u{7f}\\u{85}')
    expect(rustString('Блог 📝 café')).toBe('Блог 📝 café')
  })

  it('reads back to the original value (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        fc.pre(!/\p{Cs}/u.test(s))
        const lit = `"${rustString(s)}"`
        expect(lexRust(lit).literals).toEqual([s])
        expect(RAW_DANGER.test(lit)).toBe(false)
      })
    )
  })
})

describe('grammars', () => {
  it('route segments and subpaths: lowercase segments joined by single slashes', () => {
    for (const ok of ['blog', 'page-builder', 'marketplace-sellers', 'a/b_c', '2fa']) expect(valueProblem('route_segment', ok)).toBeNull()
    expect(valueProblem('route_segment', 'a//b')).toMatch(/empty segment/)
    expect(valueProblem('route_segment', '/blog')).toMatch(/empty segment/)
    expect(valueProblem('route_segment', 'blоg')).toBe("contains U+043E 'о' (not ASCII); a route_segment is lowercase ASCII letters, digits, '_' and '-', with '/' between segments")
    expect(valueProblem('subpath', 'new\n')).toMatch(/U\+000A \(a control character\)/)
    expect(valueProblem('slot', 'home/after')).toMatch(/contains '\/'/)
    expect(valueProblem('slot', '')).toBe('is empty')
  })

  it('Pascal(slug) follows GENERATED.md', () => {
    expect(pascal('page_builder')).toBe('PageBuilder')
    expect(pascal('iggy-connector')).toBe('IggyConnector')
    expect(pascal('a__b')).toBe('AB')
  })
})

describe('hostile identifiers are refused before generation', () => {
  const HOSTILE = ['blog"', 'blog//x', 'blog;', 'blog}', 'blog\nx', 'blоg' /* Cyrillic о */]

  it.each(HOSTILE)('slug %j', (slug) => {
    const { plan } = planMini({ blog: { slug } })
    expect(plan.files).toEqual([])
    expect(plan.diagnostics.map((d) => d.rule)).toContain('invalid-slug')
  })

  it.each(HOSTILE.map((h) => h.replace('blog', 'demo-blog')))('crate %j', (crate) => {
    const { plan } = planMini({ blog: { crate } })
    expect(plan.files).toEqual([])
    expect(plan.diagnostics.map((d) => d.rule)).toContain('invalid-crate-name')
  })

  it.each([...HOSTILE.map((h) => h.replace('blog', 'BlogModule')), 'BlogModule>(); evil::<X', 'Blog Module'])('entry_type %j', (entry) => {
    const { plan } = planMini({ blog: { entry } })
    expect(plan.files).toEqual([])
    expect(plan.diagnostics.map((d) => [d.rule, d.file])).toContainEqual(['invalid-rust-path', 'crates/blog/rustok-module.toml'])
  })

  it.each([...HOSTILE, 'a//b', '/blog', 'Blog', ''])('route_segment %j (admin and storefront), located at the key', (route) => {
    const { plan } = planMini({ admin: { route_segment: route }, storefront: { route_segment: route } })
    expect(plan.files.filter((f) => f.kind === 'registry')).toEqual([])
    const found = plan.diagnostics.filter((d) => d.rule === 'invalid-ui-value')
    expect(found.map((d) => [d.file, d.line])).toEqual([
      ['crates/blog/rustok-module.toml', 19],
      ['crates/blog/rustok-module.toml', 29]
    ])
  })

  it('slot and child page subpath too', () => {
    const { plan } = planMini({ storefront: { slot: 'home"); evil(' }, childPages: [{ subpath: 'posts\n}', title: 'Posts' }] })
    expect(plan.diagnostics.filter((d) => d.rule === 'invalid-ui-value').map((d) => d.message)).toEqual([
      "Module 'blog' admin_ui.child_pages[0].subpath \"posts\\n}\" contains U+000A (a control character); a subpath is lowercase ASCII letters, digits, '_' and '-', with '/' between segments",
      "Module 'blog' storefront_ui.slot 'home\"); evil(' contains '\"'; slots are lowercase ASCII letters, digits, '_' and '-'"
    ])
  })

  it('a slug that cannot name a UI component (leading digit)', () => {
    const { plan } = planMini({ blog: { slug: '2fa' } })
    expect(plan.diagnostics.filter((d) => d.rule === 'invalid-ui-value').map((d) => d.message)).toEqual([
      "Module '2fa' cannot name its admin component: `2faAdmin` is not a Rust identifier",
      "Module '2fa' cannot name its storefront component: `2faStorefront` is not a Rust identifier"
    ])
  })

  it('missing required UI keys', () => {
    const { plan } = planMini({ admin: { route_segment: undefined, nav_label: undefined }, storefront: { slot: undefined, route_segment: undefined, page_title: undefined } })
    expect(plan.files.filter((f) => f.kind === 'registry')).toEqual([])
    expect(plan.diagnostics.filter((d) => d.rule === 'missing-ui-field').map((d) => [d.file, d.line, d.message])).toEqual([
      ['crates/blog/rustok-module.toml', 17, "Module 'blog' has [provides.admin_ui] leptos_crate but no `nav_label`"],
      ['crates/blog/rustok-module.toml', 17, "Module 'blog' has [provides.admin_ui] leptos_crate but no `route_segment`"],
      ['crates/blog/rustok-module.toml', 24, "Module 'blog' has [provides.storefront_ui] leptos_crate but no `page_title`"],
      ['crates/blog/rustok-module.toml', 24, "Module 'blog' has [provides.storefront_ui] leptos_crate but no `route_segment`"],
      ['crates/blog/rustok-module.toml', 24, "Module 'blog' has [provides.storefront_ui] leptos_crate but no `slot`"]
    ])
  })
})

describe('hostile text is escaped and cannot change the code around it', () => {
  const HOSTILE_TEXT = ['Blog"); evil(); //', 'Блог', 'a\\"b', 'line\nbreak', '}); } fn x() { //', 'x\u2028y\u2029z', 'bidi \u202e\u2066 end', 'tab\tnul\u0001del\u007f', '"#;\'', 'replacement \ufffd character']

  function expectSafe(o: MiniOptions, values: string[]): void {
    const out = rendered(o)
    for (const app of ['server', 'admin', 'storefront']) {
      const before = lexRust(benign[app]!)
      const after = lexRust(out[app]!)
      expect(after.skeleton).toBe(before.skeleton)
      expect(RAW_DANGER.test(out[app]!)).toBe(false)
    }
    const literals = [...lexRust(out.admin!).literals, ...lexRust(out.storefront!).literals]
    for (const v of values) expect(literals).toContain(v)
  }

  it.each(HOSTILE_TEXT)('nav_label / title / page_title %j', (text) => {
    expectSafe({ admin: { nav_label: text }, storefront: { page_title: text }, childPages: [{ subpath: 'posts', title: text, nav_label: text }] }, [text])
  })

  it('any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ unit: 'grapheme', maxLength: 12 }), (label, title) => {
        fc.pre(!/\p{Cs}/u.test(label) && !/\p{Cs}/u.test(title))
        expectSafe({ admin: { nav_label: label }, storefront: { page_title: title }, childPages: [{ subpath: 'posts', title, nav_label: label }] }, [label, title])
      }),
      { numRuns: 60 }
    )
  })

  it('the header names the manifest only when it is a plain path', () => {
    expect(benign.server!.split('\n')[0]).toMatch(/^\/\/ @generated by modules-rebuild \S+ from modules\.toml — manifest_hash: sha256:[0-9a-f]{64} — DO NOT EDIT$/)
  })
})
