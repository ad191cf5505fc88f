/**
 * Cargo features (GENERATED.md §6): the managed region edit touches only the lines between the
 * markers (property test over random surrounding content, LF and CRLF); marker problems; modes;
 * drift and the declaration checks; base and embed features.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findRegion, replaceRegion, BEGIN_LINE, END_MARKER } from '../src/core/codegen/region.js'
import { planMini, type MiniOptions } from './codegen-helpers.js'

const CONFIG = 'schema = 1\n[codegen]\napi_crate = "demo_api"\n'
const SERVER = 'apps/server/Cargo.toml'

function withServerCargo(text: string, o: MiniOptions = {}, config = CONFIG) {
  return planMini({ ...o, extra: { [SERVER]: text, ...o.extra } }, config)
}

const serverCargo = (defaults: string, rest = 'embed-admin = []\nembed-storefront = []\nmod-blog = ["dep:demo-blog"]\n', deps = 'demo-core = { path = "../../crates/core" }\ndemo-blog = { path = "../../crates/blog", optional = true }\n') =>
  `[package]\nname = "demo-server"\n\n[features]\ndefault = [\n${defaults}]\n${rest}\n[dependencies]\n${deps}`
const MARKED = `    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)\n    # END modules-rebuild managed features\n`

describe('managed region edit', () => {
  const line = fc.stringMatching(/^[ -~\u00a0-\u04ff]{0,30}$/).map((s) => s.replace(/[\\"]/g, '_'))
  const comment = line.map((s) => `# ${s}`)
  const item = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/).map((s) => `"${s}",`)
  const indent = fc.constantFrom('', '  ', '    ', '\t')

  it('replaces exactly the lines between the markers; every other byte stays (LF and CRLF)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(comment, line.map((s) => `k${s.length} = "${s}"`)), { maxLength: 6 }),
        fc.array(fc.oneof(comment, item), { maxLength: 4 }),
        fc.array(fc.oneof(comment, item), { maxLength: 4 }),
        fc.array(fc.oneof(comment, item), { maxLength: 4 }),
        fc.array(comment, { maxLength: 6 }),
        indent,
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.stringMatching(/^mod-[a-z_]{1,10}$/), { maxLength: 5 }),
        (head, before, inside, after, tail, ind, eol, features) => {
          const headText = ['[package]', ...head].join(eol) + eol + '[features]' + eol + 'default = [' + eol + before.map((b) => `  ${b}${eol}`).join('')
          const beginLine = `${ind}${BEGIN_LINE}${eol}`
          const endAndTail = `${ind}  ${END_MARKER}${eol}` + after.map((a) => `  ${a}${eol}`).join('') + ']' + eol + tail.map((t) => t + eol).join('')
          const text = headText + beginLine + inside.map((x) => `${ind}${x}${eol}`).join('') + endAndTail
          const region = findRegion(text)
          if (region.kind !== 'found') throw new Error('region not found')
          const out = replaceRegion(region, features)
          expect(out).toBe(headText + beginLine + features.map((f) => `${ind}"${f}",${eol}`).join('') + endAndTail)
          // Idempotent: a second run changes nothing.
          const again = findRegion(out)
          expect(again.kind === 'found' && replaceRegion(again, features)).toBe(out)
        }
      ),
      { numRuns: 300 }
    )
  })

  it('keeps a CRLF Cargo.toml CRLF, and entries outside the markers, through planGeneration', () => {
    const text = serverCargo(`    "extra",\n${MARKED}    "tail",\n`, 'extra = []\ntail = []\nembed-admin = []\nembed-storefront = []\nmod-blog = ["dep:demo-blog"]\n').replace(/\n/g, '\r\n')
    const { plan } = withServerCargo(text)
    expect(plan.diagnostics).toEqual([])
    const out = plan.files.find((f) => f.path === SERVER)!.content
    expect(out).toBe(text.replace('do not edit)\r\n', 'do not edit)\r\n    "mod-blog",\r\n'))
    expect(plan.featureSets.server).toMatchObject({ mode: 'managed', features: ['mod-blog'], cargoArgs: [] })
  })
})

describe('markers', () => {
  it('auto: no markers → flags mode, no file change, explicit cargo args', () => {
    const { plan } = withServerCargo(serverCargo('    "mod-blog",\n'))
    expect(plan.files.map((f) => f.path)).not.toContain(SERVER)
    expect(plan.featureSets.server).toEqual({ enabled: true, gated: true, mode: 'flags', features: ['mod-blog'], cargoArgs: ['--no-default-features', '--features', 'mod-blog'], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] })
    expect(plan.diagnostics).toEqual([])
  })

  it('managed: missing markers are an error; the region is never inserted', () => {
    const { plan } = withServerCargo(serverCargo('    "mod-blog",\n'), {}, `${CONFIG}[features]\nmode = "managed"\n`)
    expect(plan.files.map((f) => f.path)).not.toContain(SERVER)
    expect(plan.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['missing-feature-markers', SERVER, 5]])
  })

  it.each([
    ['only BEGIN', `    ${BEGIN_LINE}\n`, 'has a BEGIN marker but no END marker'],
    ['only END', `    ${END_MARKER}\n`, 'has an END marker but no BEGIN marker'],
    ['two BEGINs', `    ${BEGIN_LINE}\n${MARKED}`, 'has more than one BEGIN marker'],
    ['END before BEGIN', `    ${END_MARKER}\n    ${BEGIN_LINE}\n`, 'has the END marker before the BEGIN marker']
  ])('%s is an error even in auto mode', (_name, region, problem) => {
    const { plan } = withServerCargo(serverCargo(region))
    expect(plan.diagnostics.map((d) => [d.rule, d.message])).toEqual([['missing-feature-markers', `${SERVER} ${problem}`]])
  })

  it('markers outside [features] default are an error', () => {
    const text = `[package]\nname = "demo-server"\n\n[features]\ndefault = []\nother = [\n${MARKED}]\nembed-admin = []\nembed-storefront = []\nmod-blog = ["dep:demo-blog"]\n`
    expect(withServerCargo(text).plan.diagnostics.map((d) => [d.rule, d.message])).toEqual([['missing-feature-markers', `${SERVER} has its markers outside \`[features] default = [...]\``]])
    const table = `[package]\nname = "demo-server"\n${MARKED}\n[features]\ndefault = []\n`
    expect(withServerCargo(table).plan.diagnostics.map((d) => d.message)).toEqual([`${SERVER} has its markers outside an array, so no feature can be written between them`])
  })

  it('flags mode ignores the markers', () => {
    const { plan } = withServerCargo(serverCargo(MARKED), {}, `${CONFIG}[features]\nmode = "flags"\n`)
    expect(plan.files.map((f) => f.kind)).toEqual(['registry', 'registry', 'registry'])
    expect(plan.featureSets.server.mode).toBe('flags')
    expect(plan.diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['feature-drift', 'apps/admin/Cargo.toml'],
      ['feature-drift', SERVER],
      ['feature-drift', 'apps/storefront/Cargo.toml']
    ])
  })
})

describe('drift and declarations', () => {
  it('managed: features outside the region that the manifest does not select, at their line, with the reason', () => {
    const text = serverCargo(`    "mod-ghost",\n    "mod-core",\n    "embed-admin",\n${MARKED}`)
    const { plan } = withServerCargo(text)
    expect(plan.featureSets.server.drift).toEqual({ missing: [], unexpected: ['mod-ghost', 'mod-core', 'embed-admin'] })
    expect(plan.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['feature-drift', 6, "[features] default enables mod-ghost, but modules.toml does not select it: no module 'ghost' is installed"],
      ['feature-drift', 7, "[features] default enables mod-core, but modules.toml does not select it: 'core' is required, so it is always compiled in without a feature"],
      ['feature-drift', 8, '[features] default enables embed-admin, but modules.toml does not select it: [build.server] embed_admin is false']
    ])
  })

  it('managed: lines are those of the file as it is now, not of the rewritten one', () => {
    const stale = MARKED.replace('do not edit)\n', 'do not edit)\n    "mod-ghost",\n    "mod-old",\n')
    const { plan } = withServerCargo(serverCargo(`${stale}    "mod-ghost",\n`))
    expect(plan.diagnostics.map((d) => [d.rule, d.line, d.message.split(':')[0]])).toEqual([['feature-drift', 10, '[features] default enables mod-ghost, but modules.toml does not select it']])
  })

  it('flags: selected features missing from default, at the default key; undeclared ones are named', () => {
    const { plan } = withServerCargo(serverCargo('    "other",\n', 'other = []\nembed-admin = []\nembed-storefront = []\n'))
    expect(plan.featureSets.server.drift.missing).toEqual(['mod-blog'])
    expect(plan.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['feature-declaration', 4],
      ['feature-drift', 5]
    ])
    expect(plan.diagnostics[1]!.message).toContain('lacks 1 feature that modules.toml selects: mod-blog (mod-blog is not even declared in [features])')
    expect(plan.diagnostics[0]!.hint).toContain('`mod-blog = ["dep:demo-blog"]`')
  })

  it('managed: dep:<crate>, optional dependencies and embed features are checked', () => {
    const text = serverCargo(MARKED, 'mod-blog = ["mod-core"]\n', 'demo-core = { path = "../../crates/core", optional = true }\ndemo-blog = { path = "../../crates/blog" }\n')
    const { plan } = withServerCargo(text)
    expect(plan.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['feature-declaration', 4, `${SERVER} does not declare the feature embed-admin ([build.server] of modules.toml switches it)`],
      ['feature-declaration', 4, `${SERVER} does not declare the feature embed-storefront ([build.server] of modules.toml switches it)`],
      ['feature-declaration', 9, 'mod-blog lacks "dep:demo-blog"'],
      ['feature-declaration', 12, "Required module 'core': dependency demo-core is optional, but required modules are always compiled in"],
      ['feature-declaration', 13, "Optional module 'blog' cannot be switched off in the server: demo-blog is a non-optional dependency, so mod-blog only toggles its registration"]
    ])
    expect(plan.diagnostics.map((d) => d.severity)).toEqual(['error', 'error', 'error', 'error', 'warning'])
    expect(plan.diagnostics[4]!.hint).toBe('Make the dependency optional and let the feature pull it in, both lines together: under [dependencies]: `demo-blog = { path = "../../crates/blog", optional = true }` and under [features]: `mod-blog = ["dep:demo-blog", "mod-core"]`.')
  })

  it('a renamed dependency (package = "…") counts', () => {
    const text = serverCargo(MARKED, 'embed-admin = []\nembed-storefront = []\nmod-blog = ["dep:blog"]\n', 'demo-core = { path = "x" }\nblog = { package = "demo-blog", path = "y", optional = true }\n')
    expect(withServerCargo(text).plan.diagnostics).toEqual([])
  })

  it('server: dependencies between optional modules must be mirrored in the features', () => {
    const modulesToml = 'schema = 2\napp = "demo-server"\n[modules]\ncore = { crate = "demo-core", source = "path", path = "crates/core", required = true }\nblog = { crate = "demo-blog", source = "path", path = "crates/blog", depends_on = ["core"] }\n'
    const { plan } = withServerCargo(serverCargo(MARKED), { modulesToml })
    expect(plan.diagnostics).toEqual([])
  })
})

describe('feature sets', () => {
  const embed = (a: boolean, s: boolean) => `schema = 2\napp = "demo-server"\n[build.server]\nembed_admin = ${a}\nembed_storefront = ${s}\n[build.admin]\npublic_url = "https://a.example"\nredirect_uris = ["https://a.example/cb"]\n[[build.storefront]]\nid = "main"\npublic_url = "https://s.example"\nredirect_uris = ["https://s.example/cb"]\n[modules]\ncore = { crate = "demo-core", source = "path", path = "crates/core", required = true }\nblog = { crate = "demo-blog", source = "path", path = "crates/blog", depends_on = ["core"] }\n`

  it('base features first, then embed features (server), then modules; written into the region', () => {
    const config = `${CONFIG}[features.base_features]\nserver = ["redis-cache"]\nadmin = ["ssr"]\n`
    const { plan } = withServerCargo(serverCargo(MARKED, 'redis-cache = []\nembed-admin = []\nembed-storefront = []\nmod-blog = ["dep:demo-blog"]\n'), { modulesToml: embed(true, false) }, config)
    expect(plan.featureSets.server.features).toEqual(['redis-cache', 'embed-admin', 'mod-blog'])
    expect(plan.files.find((f) => f.path === SERVER)!.content).toContain(`    "redis-cache",\n    "embed-admin",\n    "mod-blog",\n    # END`)
    expect(plan.featureSets.admin.features).toEqual(['ssr', 'mod-blog'])
  })

  it('flags mode passes the whole set with --no-default-features', () => {
    const { plan } = withServerCargo(serverCargo('    "embed-admin",\n    "embed-storefront",\n    "mod-blog",\n'), { modulesToml: embed(true, true) }, `${CONFIG}[features.base_features]\nserver = ["dep-crate/feat"]\n`)
    expect(plan.featureSets.server.cargoArgs).toEqual(['--no-default-features', '--features', 'dep-crate/feat,embed-admin,embed-storefront,mod-blog'])
    expect(plan.diagnostics).toEqual([])
  })

  it('a disabled app plans nothing; a missing Cargo.toml is an io-error', () => {
    const off = planMini({}, `${CONFIG}[codegen.admin]\nenabled = false\n`).plan
    expect(off.files.map((f) => f.path).filter((p) => p.includes('admin'))).toEqual([])
    expect(off.featureSets.admin).toEqual({ enabled: false, gated: false, mode: null, features: [], cargoArgs: [], drift: { missing: [], unexpected: [] }, kept: [], alwaysCompiled: [] })
    const missing = planMini({ extra: { 'apps/storefront/Cargo.toml': null } }).plan
    expect(missing.diagnostics.map((d) => [d.rule, d.file])).toEqual([['io-error', 'apps/storefront/Cargo.toml']])
    expect(missing.files.map((f) => f.path)).toContain('apps/storefront/src/generated.rs')
  })

  it('a custom feature_prefix names the gates and the features', () => {
    const text = serverCargo(MARKED, 'embed-admin = []\nembed-storefront = []\nmodule_blog = ["dep:demo-blog"]\n')
    const { plan } = withServerCargo(text, { extra: { 'apps/admin/Cargo.toml': null, 'apps/storefront/Cargo.toml': null } }, '[codegen]\napi_crate = "demo_api"\nfeature_prefix = "module_"\n[codegen.admin]\nenabled = false\n[codegen.storefront]\nenabled = false\n')
    expect(plan.diagnostics).toEqual([])
    expect(plan.files[0]!.content).toContain('    #[cfg(feature = "module_blog")]\n    registry.register::<demo_blog::BlogModule>();\n')
    expect(plan.featureSets.server.features).toEqual(['module_blog'])
  })
})

describe('limits', () => {
  it('a managed region longer than one array may hold is a finding, not a crash', () => {
    // 5,000 base features in the region plus 3,300 items outside it: each list is within
    // LIMITS.arrayLength (8,192), the rewritten default list is not.
    const base = Array.from({ length: 5000 }, (_, i) => `"base-${i}"`).join(', ')
    const config = `${CONFIG}[features.base_features]\nserver = [${base}]\n`
    const outside = Array.from({ length: 3300 }, (_, i) => `    "other-${i}",\n`).join('')
    const { plan } = withServerCargo(serverCargo(outside + MARKED), {}, config)
    expect(plan.files.map((f) => f.path)).not.toContain(SERVER)
    expect(plan.diagnostics.map((d) => d.rule)).toContain('limit-exceeded')
  })
})
