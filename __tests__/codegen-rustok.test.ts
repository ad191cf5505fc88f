/**
 * Preset "rustok" without cargo: the Rust formatting conventions it reproduces, its configuration
 * checks, what `init` detects, and the values it refuses. Byte equality with RusToK's own build
 * scripts is the differential e2e test's job (e2e/rustok-oracle.e2e.test.ts).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { presetFor } from '../src/core/codegen/rustok/index.js'
import { ryu, rustDebugString, serdeJson, serdeJsonMap } from '../src/core/codegen/rustok/json.js'
import { readConfig } from '../src/core/config/config.js'
import { initialConfig } from '../src/app/workflows.js'
import { cli } from './cli-helpers.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'

describe('ryu layout of f64 (what serde_json writes)', () => {
  it.each([
    [1, '1.0'],
    [-0.5, '-0.5'],
    [0, '0.0'],
    [100, '100.0'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e16'],
    [1234567890123456, '1234567890123456.0'],
    [12345678901234567, '1.2345678901234568e16'],
    [1e21, '1e21'],
    [0.0001, '0.0001'],
    [0.00001, '0.00001'],
    [0.000001, '1e-6'],
    [1.5e-7, '1.5e-7'],
    [123456789012.5, '123456789012.5'],
    [5e-324, '5e-324']
  ])('%p → %s', (value, text) => {
    expect(ryu(value)).toBe(text)
  })

  it('writes NaN and infinities as null, as serde_json does', () => {
    expect(serdeJson(Number.NaN)).toBe('null')
    expect(serdeJson(Number.POSITIVE_INFINITY)).toBe('null')
  })
})

describe('serde_json of toml values', () => {
  it('sorts the top-level map plainly and nested tables in toml runs (values, arrays of tables, tables)', () => {
    const nested = { z: 1n, a: { k: true }, m: [{ x: 'y' }], b: [1n, 2.5], type: 'object' }
    expect(serdeJsonMap({ b: nested, a: 'x' })).toBe('{"a":"x","b":{"b":[1,2.5],"type":"object","z":1,"m":[{"x":"y"}],"a":{"k":true}}}')
  })

  it('escapes strings as serde_json does', () => {
    expect(serdeJson('q"b\\\n\t\u0001\u007f é')).toBe('"q\\"b\\\\\\n\\t\\u0001\u007f é"')
  })

  it('refuses a TOML date-time instead of guessing its form', () => {
    expect(() => serdeJson(new Date(0))).toThrow('date-time')
  })
})

describe("Rust's {:?} of a &str", () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"\\', '"say \\"hi\\"\\\\"'],
    ['a\nb\r\t\0', '"a\\nb\\r\\t\\0"'],
    ["it's Заголовок ✓", '"it\'s Заголовок ✓"'],
    ['nb\u00a0sp zw\u200b \u0301x \u007f', '"nb\\u{a0}sp zw\\u{200b} \\u{301}x \\u{7f}"']
  ])('%j', (value, debug) => {
    expect(rustDebugString(value)).toBe(debug)
  })
})

describe('configuration of the preset', () => {
  it('defaults to preset "default" with the committed paths under apps/*/src/generated', () => {
    const c = readConfig('[codegen]\npreset = "rustok"\n').config!
    expect(c.codegen.preset).toBe('rustok')
    expect(c.codegen.rustok.server_registry).toBe('apps/server/src/generated/modules_registry_codegen.rs')
    expect(c.codegen.rustok.storefront_ui_client).toBe('apps/storefront/src/generated/module_ui_codegen_client.rs')
    expect(readConfig(null).config!.codegen.preset).toBe('default')
  })

  it.each([
    ['[codegen]\npreset = "rustok"\n[codegen.admin]\ntemplate = "t.mustache"\n', 'config-conflict'],
    ['[codegen]\npreset = "rustok"\nfeature_prefix = "module-"\n', 'config-conflict'],
    ['[codegen]\npreset = "rustok"\n[codegen.rustok]\nadmin_registry = "apps/server/Cargo.toml"\n', 'config-duplicate-output'],
    ['[codegen]\npreset = "rustok"\n[codegen.rustok]\nserver_routes = "../out.rs"\n', 'config-invalid-path'],
    ['[codegen]\npreset = "yaml"\n', 'invalid-value']
  ])('refuses %j (%s)', (text, rule) => {
    const r = readConfig(text)
    expect(r.config).toBeNull()
    expect(r.diagnostics.map((d) => d.rule)).toContain(rule)
  })

  it('lets a disabled app share nothing: its files are not planned, so no duplicate', () => {
    expect(readConfig('[codegen]\npreset = "rustok"\n[codegen.admin]\nenabled = false\n[codegen.rustok]\nadmin_registry = "apps/server/Cargo.toml"\n').config).not.toBeNull()
  })
})

describe('init picks the preset from apps/server/build.rs', () => {
  const script = 'fs::write(out.join("modules_registry_codegen.rs"), a)?; fs::write(out.join("graphql_schema_codegen.rs"), b)?; fs::write(out.join("app_routes_codegen.rs"), c)?;'
  it.each([
    [script, 'rustok'],
    ['fn main() { println!("cargo:rerun-if-changed=modules.toml"); }', 'default'],
    [null, 'default']
  ])('%#: %s', (text, preset) => {
    expect(presetFor(text)).toBe(preset)
  })

  it('writes the detected preset into a valid configuration', () => {
    const text = initialConfig('o/r@' + 'a'.repeat(40), 'v1.0.0', 'rustok')
    expect(readConfig(text).config!.codegen.preset).toBe('rustok')
    expect(readConfig(initialConfig('o/r@' + 'a'.repeat(40), 'v1.0.0')).config!.codegen.preset).toBe('default')
  })
})

const made: string[] = []
afterAll(() => {
  for (const d of made) if (path.basename(d).startsWith('rustok-preset-unit-')) rmSync(d, { recursive: true, force: true })
})

function fixtureCopy(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'rustok-preset-unit-'))
  made.push(root)
  execFileSync('cp', ['-R', `${rustokDir()}/.`, root])
  execFileSync('chmod', ['-R', 'u+w', root])
  return root
}

describeRustok('preset "rustok" on the RusToK fixture', () => {
  it('init on RusToK writes preset = "rustok"', async () => {
    const root = fixtureCopy()
    const r = await cli(['init', '--root', root, '--action', `o/modules-rebuild@${'b'.repeat(40)}`, '--action-version', 'v1.2.3'])
    expect(r.stdout).toContain('preset "rustok"')
    expect(readFileSync(path.join(root, 'modules-rebuild.toml'), 'utf8')).toMatch(/^preset = "rustok"$/m)
  })

  it('refuses a label the build script would paste unescaped into a Rust literal, and writes nothing', async () => {
    const root = fixtureCopy()
    writeFileSync(path.join(root, 'modules-rebuild.toml'), '[codegen]\npreset = "rustok"\n')
    const file = path.join(root, 'crates/rustok-blog/rustok-module.toml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('nav_label = "Blog"', 'nav_label = "Blog\\"); evil(); (\\""'))
    const r = await cli(['generate', '--root', root])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/crates\/rustok-blog\/rustok-module\.toml:\d+:\d+: error\[rustok-preset-value\]: Module 'blog' provides\.admin_ui\.nav_label/)
    expect(existsSync(path.join(root, 'apps/admin/src/generated'))).toBe(false)
  })
})
