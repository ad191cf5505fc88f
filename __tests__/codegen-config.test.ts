/** modules-rebuild.toml: defaults, shape and value checks, and its JSON Schema. */
import { DEFAULT_PLAN_CONFIG } from '../src/core/config/plan-schema.js'
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { DEFAULT_CONFIG, readConfig } from '../src/core/config/config.js'
import { filesForGeneration } from '../src/core/codegen/generate.js'
import { jsonSchemas } from '../src/app/schemas.js'

const rules = (text: string) => readConfig(text).diagnostics.map((d) => [d.rule, d.severity, d.line])

describe('readConfig', () => {
  it('no file, an empty file or only comments: RusToK defaults', () => {
    const expected = {
      schema: 1,
      codegen: {
        preset: 'default',
        rustok: {
          server_registry: 'apps/server/src/generated/modules_registry_codegen.rs',
          server_graphql: 'apps/server/src/generated/graphql_schema_codegen.rs',
          server_routes: 'apps/server/src/generated/app_routes_codegen.rs',
          admin_registry: 'apps/admin/src/generated/module_registry_codegen.rs',
          storefront_ui: 'apps/storefront/src/generated/module_ui_codegen.rs',
          storefront_ui_client: 'apps/storefront/src/generated/module_ui_codegen_client.rs'
        },
        package_manifests: ['rustok-module.toml', 'module.toml'],
        package_dir: 'modules.d',
        feature_prefix: 'mod-',
        api_crate: 'rustok_api',
        server: { output: 'apps/server/src/modules/generated.rs', cargo_toml: 'apps/server/Cargo.toml', enabled: true, gate: 'auto' },
        admin: { output: 'apps/admin/src/generated.rs', cargo_toml: 'apps/admin/Cargo.toml', enabled: true, gate: 'auto' },
        storefront: { output: 'apps/storefront/src/generated.rs', cargo_toml: 'apps/storefront/Cargo.toml', enabled: true, gate: 'auto' }
      },
      features: { mode: 'auto', base_features: { server: [], admin: [], storefront: [] } },
      plan: DEFAULT_PLAN_CONFIG,
      deploy: { hook: [], hook_timeout: 600, smoke: { health_path: '/health', modules_path: '/modules', migrations_path: '', deadline: 60, timeout: 10, backoff: 0.5 }, environments: {} },
      workflows: { manifest: 'modules.toml', default_branch: 'main', runs_on: 'ubuntu-latest', build_timeout_minutes: 120, extra_paths: [], setup_steps: [], extra_jobs: {} },
      strict: false,
      allow_dirty: []
    }
    expect(DEFAULT_CONFIG).toEqual(expected)
    for (const text of [null, '', '# nothing here\n']) expect(readConfig(text)).toEqual({ config: expected, diagnostics: [] })
    expect(filesForGeneration(DEFAULT_CONFIG)).toEqual(['apps/server/Cargo.toml', 'apps/admin/Cargo.toml', 'apps/storefront/Cargo.toml'])
  })

  it('reads the example config', () => {
    const r = readConfig(readFileSync('examples/shop/modules-rebuild.toml', 'utf8'))
    expect(r.diagnostics).toEqual([])
    expect(r.config!.codegen.api_crate).toBe('shop_modules_api')
    expect(r.config!.features.mode).toBe('managed')
  })

  it('reads every key', () => {
    const r = readConfig(
      [
        'schema = 1',
        'allow_dirty = ["registry", "workflows"]',
        '[codegen]',
        'package_manifests = ["module.toml"]',
        'feature_prefix = "module-"',
        'api_crate = "rustok_core::modules"',
        '[codegen.server]',
        'output = "server/src/gen.rs"',
        'cargo_toml = "server/Cargo.toml"',
        'template = "tpl/server.mustache"',
        '[codegen.admin]',
        'enabled = false',
        '[features]',
        'mode = "flags"',
        '[features.base_features]',
        'server = ["redis-cache", "rustok-core/server"]',
        'storefront = ["ssr"]'
      ].join('\n')
    )
    expect(r.diagnostics).toEqual([])
    const c = r.config!
    expect(c.codegen.server).toEqual({ output: 'server/src/gen.rs', cargo_toml: 'server/Cargo.toml', template: 'tpl/server.mustache', enabled: true, gate: 'auto' })
    expect(c.codegen.admin.enabled).toBe(false)
    expect(c.features.base_features).toEqual({ server: ['redis-cache', 'rustok-core/server'], admin: [], storefront: ['ssr'] })
    expect(filesForGeneration(c)).toEqual(['server/Cargo.toml', 'tpl/server.mustache', 'apps/storefront/Cargo.toml'])
  })

  it('schema other than 1', () => {
    const r = readConfig('schema = 2\n')
    expect(r.config).toBeNull()
    expect(r.diagnostics.map((d) => [d.rule, d.message])).toEqual([['unsupported-schema', 'Unsupported modules-rebuild.toml schema: 2']])
  })

  it('shape errors and unknown keys, located', () => {
    expect(rules('[features]\nmode = "manual"\n')).toEqual([['invalid-value', 'error', 2]])
    expect(rules('allow_dirty = ["everything"]\n')).toEqual([['invalid-value', 'error', 1]])
    expect(rules('[codegen.server]\nenabled = "yes"\n')).toEqual([['invalid-type', 'error', 2]])
    const unknown = readConfig('[codegen]\napi_crat = "x"\n')
    expect(unknown.config).not.toBeNull()
    expect(unknown.diagnostics.map((d) => [d.rule, d.severity, d.hint])).toEqual([['unknown-key', 'warning', 'Rename it to `api_crate`.']])
    expect(readConfig('[codegen\n').diagnostics.map((d) => d.rule)).toEqual(['toml-syntax'])
  })

  it.each(['../outside.rs', '/abs/generated.rs', 'apps\\server\\gen.rs', 'apps/ser ver.rs', 'apps/sеrver.rs' /* Cyrillic е */, ''])('path %j is refused', (p) => {
    const r = readConfig(`[codegen.server]\noutput = ${JSON.stringify(p)}\n`)
    expect(r.config).toBeNull()
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['config-invalid-path', 2]])
  })

  it('identifiers: api_crate, feature_prefix, base features', () => {
    const api = readConfig('[codegen]\napi_crate = "rustok-api"\n').diagnostics
    expect(api.map((d) => [d.rule, d.hint])).toEqual([['config-invalid-identifier', 'Write the crate as Rust spells it in a `use` line, e.g. "rustok_api".']])
    for (const bad of ['rustok_api::{X}', 'crate', 'a;b', 'rustоk']) expect(rules(`[codegen]\napi_crate = ${JSON.stringify(bad)}\n`)).toEqual([['config-invalid-identifier', 'error', 2]])
    for (const bad of ['mod ', '-mod', 'mod"', '']) expect(rules(`[codegen]\nfeature_prefix = ${JSON.stringify(bad)}\n`)).toEqual([['config-invalid-identifier', 'error', 2]])
    expect(rules('[features.base_features]\nadmin = ["ssr", "a,b", "x\\"y"]\n').map((r) => r[0])).toEqual(['config-invalid-identifier', 'config-invalid-identifier'])
  })

  it('two enabled apps writing the same file', () => {
    expect(rules('[codegen.admin]\noutput = "apps/server/src/modules/generated.rs"\n')).toEqual([['config-duplicate-output', 'error', 2]])
    expect(readConfig('[codegen.admin]\noutput = "apps/server/src/modules/generated.rs"\nenabled = false\n').diagnostics).toEqual([])
  })
})

describe('JSON Schema', () => {
  const schema = JSON.parse(jsonSchemas()['modules-rebuild.schema.json']!)

  it('is published and fresh', () => {
    expect(readFileSync('schema/modules-rebuild.schema.json', 'utf8')).toBe(jsonSchemas()['modules-rebuild.schema.json'])
  })

  it('describes every key', () => {
    const undocumented: string[] = []
    const walk = (node: { properties?: Record<string, { description?: string }> }, at: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description) undocumented.push(`${at}${key}`)
        walk(child as typeof node, `${at}${key}.`)
      }
    }
    walk(schema, '')
    expect(undocumented).toEqual([])
  })
})
