// Generates a synthetic RusToK-style workspace: N path modules, each with a package manifest,
// chained so module i depends on module i-1 (the deepest possible dependency chain), plus a few
// fan-in edges. Used by the benchmarks; deterministic for a given N.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const depsOf = (i) => (i === 0 ? [] : i % 10 === 0 && i > 10 ? [`m${i - 1}`, `m${i - 10}`] : [`m${i - 1}`])

export function writeWorkspace(dir, n) {
  const lines = ['# synthetic manifest for benchmarks', 'schema = 2', 'app = "bench-server"', '', '[build]', 'profile = "release"', '', '[build.server]', 'embed_admin = true', 'embed_storefront = true', '', '[modules]']
  const enabled = []
  for (let i = 0; i < n; i++) {
    const slug = `m${i}`
    const deps = depsOf(i)
    const required = i === 0
    const depList = deps.length ? `, depends_on = [${deps.map((d) => `"${d}"`).join(', ')}]` : ''
    lines.push(`${slug} = { crate = "bench-${slug}", source = "path", path = "crates/${slug}"${required ? ', required = true' : ''}${depList} }`)
    if (!required && i < 50) enabled.push(slug)
    const crate = path.join(dir, 'crates', slug)
    mkdirSync(crate, { recursive: true })
    writeFileSync(
      path.join(crate, 'rustok-module.toml'),
      [
        '[module]',
        `slug = "${slug}"`,
        `name = "Module ${i}"`,
        'version = "0.1.0"',
        'ownership = "first_party"',
        `trust_level = "${required ? 'core' : 'verified'}"`,
        '',
        '[dependencies]',
        ...deps.map((d) => `${d} = { version_req = ">=0.1.0" }`),
        '',
        '[crate]',
        `entry_type = "M${i}Module"`,
        ''
      ].join('\n')
    )
  }
  lines.push('', '[settings]', `default_enabled = [${enabled.map((s) => `"${s}"`).join(', ')}]`, '')
  writeFileSync(path.join(dir, 'modules.toml'), lines.join('\n'))
  // The server app with a managed feature region (check compares it); no admin/storefront apps.
  mkdirSync(path.join(dir, 'apps/server/src/modules'), { recursive: true })
  // Declared as GENERATED.md §6 asks: mod-<slug> = ["dep:<crate>", "mod-<optional dep>"…].
  const features = ['embed-admin = []', 'embed-storefront = []']
  const deps = ['bench-m0 = { path = "../../crates/m0" }']
  for (let i = 1; i < n; i++) {
    const on = depsOf(i).filter((d) => d !== 'm0').map((d) => `"mod-${d}"`)
    features.push(`mod-m${i} = [${[`"dep:bench-m${i}"`, ...on].join(', ')}]`)
    deps.push(`bench-m${i} = { path = "../../crates/m${i}", optional = true }`)
  }
  writeFileSync(
    path.join(dir, 'apps/server/Cargo.toml'),
    ['[package]', 'name = "bench-server"', 'version = "0.1.0"', '', '[features]', 'default = [', '    # BEGIN modules-rebuild managed features (generated from modules.toml; do not edit)', '    # END modules-rebuild managed features', ']', ...features, '', '[dependencies]', ...deps, ''].join('\n')
  )
  writeFileSync(path.join(dir, 'modules-rebuild.toml'), 'schema = 1\n[codegen.admin]\nenabled = false\n[codegen.storefront]\nenabled = false\n')
}
