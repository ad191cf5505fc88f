/**
 * Code generation end to end, without cargo: the shop example's committed files are exactly the
 * generator's output; RusToK's real manifests give the stored goldens and exactly the 12-module
 * feature drift; user templates; `check` (stale, diff, CRLF, allow_dirty).
 *
 * UPDATE_GOLDEN=1 rewrites __tests__/golden/rustok/ and the shop example's generated files.
 */
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { planGeneration } from '../src/core/codegen/generate.js'
import { checkGeneration } from '../src/core/codegen/check.js'
import { RULES } from '../src/core/diagnostics/rules.js'
import { configOf, loadProject, MINI_ROOT, miniFiles, planAt, planMini, readOrNull, SHOP, snapshot } from './codegen-helpers.js'
import { describeRustok, rustokDir } from './rustok-fixture.js'

const UPDATE = process.env.UPDATE_GOLDEN === '1'
const GOLDEN = path.join(process.cwd(), '__tests__', 'golden', 'rustok')

function golden(file: string, actual: string): void {
  const at = path.join(GOLDEN, file)
  if (UPDATE) {
    mkdirSync(path.dirname(at), { recursive: true })
    writeFileSync(at, actual)
  }
  expect(actual).toBe(readFileSync(at, 'utf8'))
}

const THE_12 = ['reactions', 'groups', 'moderation', 'translation', 'iggy_connector', 'marketplace', 'marketplace_seller', 'marketplace_listing', 'marketplace_allocation', 'marketplace_commission', 'marketplace_ledger', 'marketplace_payout'].map((s) => `mod-${s}`)

describe('examples/shop', () => {
  const { plan, project } = planAt(SHOP)

  it('plans cleanly with the example config (api_crate = shop_modules_api, managed features)', () => {
    expect(project.ok).toBe(true)
    expect(plan.diagnostics).toEqual([])
    expect(plan.files.map((f) => [f.path, f.kind])).toEqual([
      ['apps/server/src/modules/generated.rs', 'registry'],
      ['apps/server/Cargo.toml', 'features'],
      ['apps/admin/src/generated.rs', 'registry'],
      ['apps/admin/Cargo.toml', 'features'],
      ['apps/storefront/src/generated.rs', 'registry'],
      ['apps/storefront/Cargo.toml', 'features']
    ])
  })

  it('reproduces every committed generated file and Cargo.toml byte for byte (GENERATED.md)', () => {
    for (const f of plan.files) {
      if (UPDATE && f.kind === 'registry') writeFileSync(path.join(SHOP, f.path), f.content)
      expect(`${f.path}:\n${readFileSync(path.join(SHOP, f.path), 'utf8')}`).toBe(`${f.path}:\n${f.content}`)
    }
    expect(plan.files[0]!.content).toContain(`"${project.manifestHash}";`)
  })

  it('check passes on the example as committed', () => {
    const current = snapshot(SHOP, plan.files.map((f) => f.path))
    expect(checkGeneration(plan, current)).toEqual({ stale: [], diagnostics: [] })
  })

  it('feature sets: managed mode, so plain cargo builds are right', () => {
    expect(plan.featureSets.server).toEqual({ enabled: true, gated: true, mode: 'managed', features: ['mod-forum', 'mod-comments', 'mod-blog', 'mod-search'], cargoArgs: [], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] })
    expect(plan.featureSets.admin.features).toEqual(['mod-blog'])
    expect(plan.featureSets.storefront.features).toEqual(['mod-forum'])
  })
})

describeRustok('RusToK fixture, default configuration', () => {
  const { plan, project } = planAt(rustokDir(), { configText: null })

  it('produces the three registry files (goldens) and no Cargo.toml edits (no markers: flags mode)', () => {
    expect(project.ok).toBe(true)
    expect(plan.files.map((f) => f.path)).toEqual(['apps/server/src/modules/generated.rs', 'apps/admin/src/generated.rs', 'apps/storefront/src/generated.rs'])
    for (const f of plan.files) golden(`${f.path.split('/')[1]}.generated.rs`, f.content)
    golden('feature-sets.json', JSON.stringify(plan.featureSets, null, 2) + '\n')
  })

  it('uses rustok_api and gates every optional module; extensions without entry_type register nothing', () => {
    const server = plan.files[0]!.content
    expect(server).toContain('use rustok_api::{GraphqlRegistry, ModuleInfo, ModuleRegistry, Router, Runtime};')
    expect(server).toContain('    #[cfg(feature = "mod-page_builder")]\n')
    expect(server).not.toMatch(/rustok_ai::\w+Module>/)
    expect(server).not.toContain('rustok_iggy_connector::')
  })

  it('builds with --no-default-features, keeping the non-module defaults, and the manifest module set', () => {
    const s = plan.featureSets.server
    expect(s.mode).toBe('flags')
    expect(s.features.slice(0, 4)).toEqual(['redis-cache', 'ai-translation', 'embed-admin', 'embed-storefront'])
    expect(s.kept).toEqual([{ feature: 'redis-cache', enables: [] }, { feature: 'ai-translation', enables: ['mod-ai', 'mod-translation'] }])
    // iggy_connector's crate is a non-optional dependency and mod-iggy_connector is undeclared: no feature for it.
    expect(s.features.filter((f) => f.startsWith('mod-'))).toHaveLength(38)
    expect(s.features).not.toContain('mod-iggy_connector')
    expect(s.alwaysCompiled).toEqual(['flex', 'iggy_connector'])
    expect(s.cargoArgs).toEqual(['--no-default-features', '--features', s.features.join(',')])
  })

  it('reports the 11 declared modules the server default list lacks, and iggy_connector as compiled in but never registered', () => {
    const the11 = THE_12.filter((f) => f !== 'mod-iggy_connector')
    expect([...plan.featureSets.server.drift.missing].sort()).toEqual([...the11].sort())
    expect(plan.featureSets.server.drift.unexpected).toEqual([])
    const drift = plan.diagnostics.filter((d) => d.rule === 'feature-drift' && d.file === 'apps/server/Cargo.toml')
    expect(drift).toHaveLength(1)
    // Findings about the Cargo.toml that predates modules-rebuild are warnings unless strict = true.
    expect(drift[0]).toMatchObject({ severity: 'warning', line: 11, column: 1 })
    for (const f of the11) expect(drift[0]!.message).toContain(f)
    expect(drift[0]!.message).toContain('mod-translation is enabled only indirectly, through ai-translation')
    const declaration = plan.diagnostics.filter((d) => d.rule === 'feature-declaration' && d.file === 'apps/server/Cargo.toml')
    expect(declaration.map((d) => [d.severity, d.message.split(':')[0]])).toEqual([
      ['warning', "Optional module 'flex' cannot be switched off in the server"],
      ['warning', "Module 'iggy_connector' is always compiled into the server"]
    ])
    expect(declaration[1]!.hint).toContain('under [features]: `mod-iggy_connector = []`')
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('strict = true makes the Cargo.toml findings errors', () => {
    const r = planAt(rustokDir(), { configText: 'strict = true\n' })
    const tree = r.plan.diagnostics.filter((d) => d.rule === 'feature-drift' || d.rule === 'feature-declaration')
    expect(tree.length).toBe(3)
    expect(tree.every((d) => d.severity === 'error')).toBe(true)
  })

  it('every diagnostic uses a documented rule id', () => {
    for (const d of plan.diagnostics) expect(Object.keys(RULES)).toContain(d.rule)
  })

  it('allow_dirty = ["features"] keeps drift a warning even with strict = true', () => {
    const r = planAt(rustokDir(), { configText: 'strict = true\nallow_dirty = ["features"]\n' })
    const drift = r.plan.diagnostics.filter((d) => d.rule === 'feature-drift')
    expect(drift.length).toBeGreaterThan(0)
    expect(drift.every((d) => d.severity === 'warning')).toBe(true)
  })
})

describe('invalid input', () => {
  it('an invalid project plans no files and carries its errors', () => {
    const files = miniFiles({ modulesToml: 'schema = 2\n[modules]\na = { crate = "x", source = "path", path = "crates/a", depends_on = ["b"] }\nb = { crate = "y", source = "path", path = "crates/b", depends_on = ["a"] }\n' })
    const { plan } = planAt(MINI_ROOT, { configText: null, overrides: files })
    expect(plan.files).toEqual([])
    expect(plan.diagnostics.map((d) => d.rule)).toContain('dependency-cycle')
  })

  const GIT_SEARCH = 'search = { crate = "shop-search", source = "git", git = "https://example.com/s.git", rev = "0123456789abcdef0123456789abcdef01234567", runtime = "extension" }'
  const gitSearch = () => readFileSync(path.join(SHOP, 'modules.toml'), 'utf8').replace('search = { crate = "shop-search", source = "path", path = "crates/search", runtime = "extension" }', GIT_SEARCH)

  it('a module from git without a vendored package manifest: validation is silent, generation refuses on its line', () => {
    const { project, plan } = planAt(SHOP, { overrides: new Map([['modules.toml', gitSearch()]]) })
    expect(project.diagnostics).toEqual([])
    const d = plan.diagnostics.find((x) => x.rule === 'codegen-package-missing')!
    expect(d).toMatchObject({ severity: 'error', file: 'modules.toml', line: 41 })
    expect(d.message).toBe('Module \'search\' (source = "git") has no package manifest to generate its registration from: modules.d/search/rustok-module.toml or modules.d/search/module.toml does not exist')
    expect(d.hint).toContain('modules-rebuild install search')
    expect(plan.files).toEqual([])
  })

  it('a module from git with its package manifest vendored in modules.d/ is generated like a path module', () => {
    const vendored = readFileSync(path.join(SHOP, 'crates/search/rustok-module.toml'), 'utf8').replace('ownership = "first_party"', 'ownership = "third_party"')
    const { project, plan } = planAt(SHOP, { overrides: new Map([['modules.toml', gitSearch()], ['modules.d/search/rustok-module.toml', vendored]]) })
    expect(project.diagnostics).toEqual([])
    expect(project.packages.get('search')).toMatchObject({ vendored: true })
    const server = plan.files.find((f) => f.path === 'apps/server/src/modules/generated.rs')!
    expect(server.content).toContain('registry.register::<shop_search::SearchModule>();')
  })
})

describe('user templates', () => {
  const template = '// {{header}}\n{{#modules}}\n{{slug}} {{crate_ident}} {{#gated}}{{feature}}{{/gated}}{{^gated}}always{{/gated}} [{{#depends_on}}{{value}}{{^last}},{{/last}}{{/depends_on}}]\n{{/modules}}\n<{{api_crate}}> & "{{manifest_hash}}"\r\n\r\n\r\n'
  const config = 'schema = 1\n[codegen]\napi_crate = "shop_modules_api"\n[codegen.server]\ntemplate = "templates/server.mustache"\n[features]\nmode = "managed"\n'

  it('renders the configured template with the same view model, no HTML escaping, LF and one final newline', () => {
    const { plan, project } = planAt(SHOP, { configText: config, overrides: new Map([['templates/server.mustache', template]]) })
    const server = plan.files.find((f) => f.path === 'apps/server/src/modules/generated.rs')!
    expect(server.content).toBe(
      [
        `// // @generated by modules-rebuild 0.1.0 from modules.toml — manifest_hash: ${project.manifestHash} — DO NOT EDIT`,
        'content shop_content always []',
        'forum shop_forum mod-forum [content]',
        'comments shop_comments mod-comments []',
        'blog shop_blog mod-blog [content,comments]',
        'search shop_search mod-search []',
        `<shop_modules_api> & "${project.manifestHash}"`,
        ''
      ].join('\n')
    )
    expect(plan.files.find((f) => f.path === 'apps/admin/src/generated.rs')!.content).toBe(readFileSync(path.join(SHOP, 'apps/admin/src/generated.rs'), 'utf8'))
  })

  it('a missing or broken template is a template-error', () => {
    const missing = planAt(SHOP, { configText: config, overrides: new Map([['templates/server.mustache', null]]) }).plan
    expect(missing.diagnostics.map((d) => [d.rule, d.file])).toEqual([['template-error', 'templates/server.mustache']])
    const broken = planAt(SHOP, { configText: config, overrides: new Map([['templates/server.mustache', '{{#modules}}never closed']]) }).plan
    expect(broken.diagnostics.map((d) => d.rule)).toEqual(['template-error'])
    expect(broken.diagnostics[0]!.message).toMatch(/Unclosed section/)
    expect(broken.files.map((f) => f.path)).not.toContain('apps/server/src/modules/generated.rs')
  })
})

describe('checkGeneration', () => {
  const { plan } = planMini()
  const committed = () => new Map(plan.files.map((f) => [f.path, f.content] as [string, string | null]))

  it('unchanged files are not stale', () => {
    expect(plan.diagnostics).toEqual([])
    expect(checkGeneration(plan, committed())).toEqual({ stale: [], diagnostics: [] })
  })

  it('one edited line is stale, with a unified diff and the fix command', () => {
    const current = committed()
    const file = 'apps/server/src/modules/generated.rs'
    current.set(file, current.get(file)!.replace('    registry.register::<demo_blog::BlogModule>();', '    registry.register::<demo_blog::HandEdited>();'))
    const r = checkGeneration(plan, current)
    expect(r.stale).toHaveLength(1)
    expect(r.stale[0]!.path).toBe(file)
    expect(r.stale[0]!.kind).toBe('registry')
    expect(r.stale[0]!.diff).toMatch(/^--- a\/apps\/server\/src\/modules\/generated\.rs\n\+\+\+ b\/apps\/server\/src\/modules\/generated\.rs\n@@ /)
    expect(r.stale[0]!.diff).toContain('\n-    registry.register::<demo_blog::HandEdited>();\n+    registry.register::<demo_blog::BlogModule>();\n')
    const line = current.get(file)!.split('\n').findIndex((l) => l.includes('HandEdited')) + 1
    expect(r.diagnostics).toEqual([
      { severity: 'error', rule: 'stale-generated', file, line, column: 1, message: `${file} is out of date with modules.toml (generated registry code; 2 changed lines)`, hint: 'Run `modules-rebuild generate` and commit the result; never edit generated files by hand.' }
    ])
  })

  it('a CRLF-only difference is not stale; a missing file is', () => {
    const current = committed()
    for (const [k, v] of current) current.set(k, v!.replace(/\n/g, '\r\n'))
    expect(checkGeneration(plan, current).stale).toEqual([])
    current.set('apps/admin/src/generated.rs', null)
    const r = checkGeneration(plan, current)
    expect(r.stale.map((s) => s.path)).toEqual(['apps/admin/src/generated.rs'])
    expect(r.stale[0]!.diff.startsWith('--- /dev/null\n+++ b/apps/admin/src/generated.rs\n')).toBe(true)
    expect(r.diagnostics[0]!.line).toBeNull()
  })

  it('allow_dirty = ["registry"] reports a stale registry as a warning, a stale feature region still as an error', () => {
    const current = committed()
    current.set('apps/server/src/modules/generated.rs', '// edited\n')
    current.set('apps/server/Cargo.toml', current.get('apps/server/Cargo.toml')!.replace('    "mod-blog",\n', ''))
    const r = checkGeneration(plan, current, ['registry'])
    expect(r.diagnostics.map((d) => [d.file, d.severity])).toEqual([
      ['apps/server/Cargo.toml', 'error'],
      ['apps/server/src/modules/generated.rs', 'warning']
    ])
    expect(r.stale.find((s) => s.kind === 'features')!.diff).toContain('\n+    "mod-blog",\n     # END modules-rebuild managed features\n')
  })
})

describe('package_manifests from the config', () => {
  it('looks for module.toml first when configured so', () => {
    const files = miniFiles()
    files.set('crates/blog/module.toml', files.get('crates/blog/rustok-module.toml')!.replace('name = "Blog"', 'name = "Blog from module.toml"'))
    const config = configOf('[codegen]\npackage_manifests = ["module.toml", "rustok-module.toml"]\n')
    const project = loadProject(MINI_ROOT, config, files)
    expect(project.packages.get('blog')!.doc.file).toBe('crates/blog/module.toml')
    const plan = planGeneration({ project, config, files: files })
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})

it('readOrNull: a directory is no file', () => {
  expect(readOrNull(SHOP)).toBeNull()
})
